package org.landscape.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;

@ApplicationScoped
public class ServiceCategoryRepository implements PanacheRepositoryBase<ServiceCategory, String> {

  public Page<ServiceCategory> inOrder(PageRequest page) {
    return Paged.of(find("order by position"), page);
  }
}
