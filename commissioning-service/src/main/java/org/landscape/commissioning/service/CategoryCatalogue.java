package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.repository.ServiceCategoryRepository;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;

/** The service categories the rules name. */
@ApplicationScoped
public class CategoryCatalogue {

  @Inject ServiceCategoryRepository categories;

  public Page<ServiceCategory> list(PageRequest page) {
    return categories.inOrder(page);
  }

  /** The category, or a validation problem naming the request field that named it. */
  public ServiceCategory require(String code, String field) {
    ServiceCategory category = code == null ? null : categories.findById(code);
    if (category == null) {
      throw ProblemException.invalid(
          field, "is not a known service category (see /service-categories)");
    }
    return category;
  }
}
