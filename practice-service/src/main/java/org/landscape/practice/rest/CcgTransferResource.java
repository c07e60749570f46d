package org.landscape.practice.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.common.reconfiguration.CcgHandover;
import org.landscape.common.security.Roles;
import org.landscape.practice.api.CcgTransferResult;
import org.landscape.practice.mapping.PracticeMapper;
import org.landscape.practice.service.CcgTransferService;

/** practice-service's part of a CCG merger or closure: the member practices move together. */
@Path("/ccg-transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Practices")
public class CcgTransferResource {

  @Inject CcgTransferService transfers;

  @POST
  @RolesAllowed({Roles.EDITOR, Roles.SERVICE})
  @Operation(
      summary = "Move every member practice of the predecessor CCGs to the successor",
      description =
          "Requires the editor or service role. On the effective date each practice that is then a member of a predecessor ends that membership and begins one in the successor, all in one transaction. The successor must be operational on the date (asked of ccg-service: 503 and nothing written when it is down). Idempotent: a repeat moves nothing and lists the practices moved before. A practice that cannot move (it has a later membership) refuses the whole request with 422. dryRun=true reports without writing.")
  public CcgTransferResult transfer(
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @NotNull(message = "a JSON body is required") @Valid CcgHandover handover) {
    return PracticeMapper.toView(transfers.transfer(handover, dryRun));
  }

  @POST
  @Path("/reversal")
  @RolesAllowed({Roles.EDITOR, Roles.SERVICE})
  @Operation(
      summary = "Undo the move of a handover: the practices return to their predecessors",
      description =
          "Requires the editor or service role. Compensates a reconfiguration that cannot complete: every practice moved to the successor on the date from one of the predecessors returns to its predecessor, as if it had never moved. Idempotent. A practice with a later membership refuses the whole request with 422.")
  public CcgTransferResult reverse(
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @NotNull(message = "a JSON body is required") @Valid CcgHandover handover) {
    return PracticeMapper.toView(transfers.reverse(handover, dryRun));
  }
}
