package org.landscape.hwb.rest;

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
import org.landscape.hwb.api.CcgSeatHandoverResult;
import org.landscape.hwb.mapping.CcgSeatHandoverMapper;
import org.landscape.hwb.service.CcgSeatHandoverService;

/** hwb-service's part of a CCG merger or closure: every board's CCG seats pass to the successor. */
@Path("/ccg-seat-handovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Board membership")
public class CcgSeatHandoverResource {

  @Inject CcgSeatHandoverService handovers;

  @POST
  @RolesAllowed({Roles.EDITOR, Roles.SERVICE})
  @Operation(
      summary = "Replace every board's seats of the predecessor CCGs by the successor's",
      description =
          "Requires the editor or service role. On every board, each CCG representative's seat of a predecessor held on the effective date ends then, and the successor is seated from that date by the same person (once per board, unless the board seats the successor already). The successor must be operational on the date (asked of ccg-service: 503 and nothing written when it is down). One transaction; idempotent (a repeat lists what was handed over before). dryRun=true reports without writing.")
  public CcgSeatHandoverResult hand(
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @NotNull(message = "a JSON body is required") @Valid CcgHandover handover) {
    return CcgSeatHandoverMapper.toView(handovers.hand(handover, dryRun));
  }

  @POST
  @Path("/reversal")
  @RolesAllowed({Roles.EDITOR, Roles.SERVICE})
  @Operation(
      summary = "Undo a handover of seats",
      description =
          "Requires the editor or service role. Compensates a reconfiguration that cannot complete: the successor's seats the handover began are removed and the predecessors' seats it ended are held again as before. Idempotent.")
  public CcgSeatHandoverResult reverse(
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @NotNull(message = "a JSON body is required") @Valid CcgHandover handover) {
    return CcgSeatHandoverMapper.toView(handovers.reverse(handover, dryRun));
  }
}
