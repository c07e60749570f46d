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
import org.landscape.hwb.rest.MemberViews.CcgNominationReport;
import org.landscape.hwb.service.CcgNominationService;

@Path("/boards/ccg-nominees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board membership")
public class CcgNomineeResource {

  @Inject CcgNominationService nominations;

  @POST
  @RolesAllowed({Roles.EDITOR, Roles.SERVICE})
  @Operation(
      summary = "Seat a nominee of each relevant CCG that a board does not seat on the date",
      description =
          "Requires the editor or service role. For every board on the date, each CCG whose area covers part of the council's (asked of ccg-service: 503 and nothing written when it is down) and that holds no seat then gets one, held by its nominee (named 'Nominee of <CCG>') from the date until the board ends. No official file records board seats; a national import seats the nominees of 2013, and the reconfigurations then hand them over. Idempotent.")
  public CcgNominationReport nominate(
      @QueryParam("date") @NotNull(message = "is required") @Parameter(example = "2013-04-01")
          LocalDate date) {
    return MemberMapper.toReport(nominations.nominate(date));
  }
}
