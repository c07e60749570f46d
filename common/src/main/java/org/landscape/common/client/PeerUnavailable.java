package org.landscape.common.client;

import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;

/** The 503 problem of a write or check that a peer service must answer and cannot. */
public final class PeerUnavailable {

  private PeerUnavailable() {}

  public static ProblemException of(String service, String purpose) {
    return new ProblemException(
        ProblemType.PEER_UNAVAILABLE,
        service + " cannot be reached to " + purpose + "; nothing was changed, retry later");
  }
}
