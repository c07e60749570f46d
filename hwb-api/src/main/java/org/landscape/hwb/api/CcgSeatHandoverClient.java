package org.landscape.hwb.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.landscape.common.reconfiguration.CcgHandover;

/**
 * hwb-service's part of a CCG reconfiguration, as a saga calls it: the boards' CCG seats pass to
 * the successor, or back. It answers {@link Response}s, so that the caller tells a refusal from a
 * peer that is down; a success's body is a {@link CcgSeatHandoverResult}. Not registered as a
 * client here: the caller registers it with its base URL ({@code quarkus.rest-client.hwb.url}) and
 * the token it calls with, by a sub-interface of its own.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CcgSeatHandoverClient {

  @POST
  @Path("/ccg-seat-handovers")
  Response handOver(CcgHandover handover);

  @POST
  @Path("/ccg-seat-handovers/reversal")
  Response reverse(CcgHandover handover);
}
