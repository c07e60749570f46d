package org.landscape.hwb.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.landscape.hwb.api.IcbRepresentativeView;
import org.landscape.hwb.domain.MemberRole;
import org.landscape.hwb.mapping.MemberMapper;
import org.landscape.hwb.service.MemberService;

@Path("/icb-representatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board membership")
public class IcbRepresentativeResource {

  @Inject MemberService members;

  @GET
  @Operation(
      summary = "Every board's ICB nominees on a date (from 2022-07-01)",
      description =
          "For checks across services (the consistency report): one list for all boards, sorted by"
              + " board and ICB. Does not call ccg-service.")
  public Page<IcbRepresentativeView> onDate(
      @QueryParam("asOf") @Parameter(example = "2023-01-01") LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    return members
        .representativesOn(MemberRole.ICB_REPRESENTATIVE, AsOf.orToday(asOf), page)
        .map(MemberMapper::toIcbView);
  }
}
