package org.landscape.hwb.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.common.security.Roles;
import org.landscape.hwb.mapping.MemberMapper;
import org.landscape.hwb.rest.MemberViews.IcbNominationReport;
import org.landscape.hwb.service.IcbNominationService;

@Path("/boards/icb-nominees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board membership")
public class IcbNomineeResource {

  @Inject IcbNominationService nominations;

  @POST
  @RolesAllowed({Roles.EDITOR, Roles.SERVICE})
  @Operation(
      summary = "From 2022-07-01: end the CCG seats and seat a nominee of each relevant ICB",
      description =
          "Requires the editor or service role; the date must be 2022-07-01 or later. For every board on the date, each CCG representative's seat held then ends on the date (s194 as amended by the Health and Care Act 2022 asks for ICB nominees instead), and each ICB whose sub-ICB locations cover part of the council (asked of ccg-service: 503 and nothing written when it is down) and that holds no seat then gets one, held by its nominee (named 'Nominee of <ICB>') until the board ends. A national import runs it for 2022-07-01 after the replay of the mergers. Idempotent.")
  public IcbNominationReport nominate(
      @QueryParam("date") @NotNull(message = "is required") @Parameter(example = "2022-07-01")
          LocalDate date) {
    return MemberMapper.toReport(nominations.nominate(date));
  }
}
