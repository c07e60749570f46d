package org.landscape.ccg.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.landscape.common.client.PeerUnavailable;
import org.landscape.common.problem.ProblemException;

/**
 * The councils known to hwb-service on a date, read in whole pages (one call for the whole
 * register), never once per row. Unreachable → 503 problem, so that nothing is written.
 */
@ApplicationScoped
public class LocalAuthorityDirectory {

  @Inject HwbCalls calls;

  public Map<String, LocalAuthorityRef> on(LocalDate asOf, String purpose) {
    try {
      return calls.readAll(asOf);
    } catch (ProblemException problem) {
      throw problem;
    } catch (RuntimeException unreachable) {
      throw PeerUnavailable.of("hwb-service", purpose, unreachable);
    }
  }
}
