package org.landscape.commissioning.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.landscape.ccg.api.CcgWriteClient;
import org.landscape.hwb.api.CcgSeatHandoverClient;
import org.landscape.practice.api.CcgTransferClient;

/**
 * The writes a CCG reconfiguration's saga asks of the peers, on the suite's own behalf: each peer's
 * published write client (its {@code -api} module's, with its records), registered here with the
 * peer's base URL and this service's token. They answer {@code Response}s: the saga tells a peer
 * that is down (retry) from a refusal (stop).
 */
public final class ReconfigurationClients {

  private ReconfigurationClients() {}

  @RegisterRestClient(configKey = "ccg")
  @RegisterClientHeaders(ServiceBearer.class)
  public interface Ccgs extends CcgWriteClient {}

  @RegisterRestClient(configKey = "practice")
  @RegisterClientHeaders(ServiceBearer.class)
  public interface PracticeTransfers extends CcgTransferClient {}

  @RegisterRestClient(configKey = "hwb")
  @RegisterClientHeaders(ServiceBearer.class)
  public interface SeatHandovers extends CcgSeatHandoverClient {}
}
