package org.landscape.hwb.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.time.AsOf;
import org.landscape.hwb.domain.LocalAuthorityCode;
import org.landscape.hwb.mapping.CoverageChangeMapper;
import org.landscape.hwb.rest.MemberViews.CoverageChangeView;
import org.landscape.hwb.service.CoverageChangeService;

@Path("/boards/{code}/coverage-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board membership")
public class BoardCoverageChangeResource {

  @Inject CoverageChangeService service;

  @GET
  @Operation(
      summary = "Changes of the CCGs relevant to a board",
      description =
          "Each day the set of CCGs covering part of the council changes (a CCG's area changes, a"
              + " CCG opens or closes), while a board of the council is in place, oldest first:"
              + " the CCGs added and removed, and for each added CCG whether the board seats a"
              + " CCG_REPRESENTATIVE for it on asOf (default today; the change's date when later)"
              + " and so whether action is needed. Kept from ccg-service's change feed: answered"
              + " even while ccg-service is down, as up to date as the feed was last read.")
  public Page<CoverageChangeView> changes(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          @Parameter(description = "The hosting council's ONS code", example = "E08000021")
          String code,
      @QueryParam("asOf")
          @Parameter(
              description = "Check seats on this date (default today)",
              example = "2015-06-01")
          LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    return service.of(code, AsOf.orToday(asOf), page).map(CoverageChangeMapper::toView);
  }
}
