package org.landscape.common.client;

import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;

/** The 503 problem of a write or check that a peer service must answer and cannot. */
public final class PeerUnavailable {

  private static final Logger LOG = Logger.getLogger(PeerUnavailable.class);

  private PeerUnavailable() {}

  public static ProblemException of(String service, String purpose) {
    return new ProblemException(
        ProblemType.PEER_UNAVAILABLE,
        service + " cannot be reached to " + purpose + "; nothing was changed, retry later");
  }

  /** The problem, with the failure behind it logged for operators (never shown to clients). */
  public static ProblemException of(String service, String purpose, Throwable cause) {
    LOG.warnf("%s unavailable (to %s): %s", service, purpose, cause.toString());
    return of(service, purpose);
  }

  /**
   * The call's answer; any failure but a problem of the peer's own (e.g. a 404 read as "no such
   * record") becomes the 503 problem, once the call's own retries are spent.
   */
  public static <T> T guarded(String service, String purpose, Supplier<T> call) {
    try {
      return call.get();
    } catch (ProblemException problem) {
      throw problem;
    } catch (RuntimeException unreachable) {
      throw of(service, purpose, unreachable);
    }
  }
}
