package org.landscape.commissioning.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.commissioning.mapping.RuleMapper;
import org.landscape.commissioning.service.CategoryCatalogue;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;

@Path("/service-categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Who commissions what", description = "Service categories and who may commission them")
public class ServiceCategoryResource {

  @Inject CategoryCatalogue categories;

  @GET
  @Operation(
      summary = "The service categories",
      description =
          "In the order of the 2013 settlement's table; see /commissioning-rules for who commissions each.")
  public Page<RuleViews.CategoryView> list(@BeanParam @Valid PageRequest page) {
    return categories.list(page).map(RuleMapper::toView);
  }
}
