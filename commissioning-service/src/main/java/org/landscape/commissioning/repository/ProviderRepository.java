package org.landscape.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.landscape.commissioning.domain.Provider;
import org.landscape.commissioning.domain.ProviderFilter;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;

@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<Provider, String> {

  public Page<Provider> search(ProviderFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder("from Provider p where 1 = 1");
    Parameters parameters = new Parameters();
    if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
      where.append(" and lower(p.name) like :name escape '\\'");
      parameters.and("name", Like.containing(filter.nameContains()));
    }
    if (filter.kind() != null) {
      where.append(" and p.kind = :kind");
      parameters.and("kind", filter.kind());
    }
    if (filter.openOn() != null) {
      where.append(
          " and (p.openDate is null or p.openDate <= :asOf)"
              + " and (p.closeDate is null or p.closeDate > :asOf)");
      parameters.and("asOf", filter.openOn());
    }
    return Paged.of(find(where + " order by p.code", parameters), page);
  }
}
