package org.landscape.commissioning.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.landscape.common.client.PeerUnavailable;
import org.landscape.common.problem.ProblemException;

/**
 * Councils according to hwb-service: empty when it knows no such council on the date; a 503 problem
 * when it cannot be reached, so that nothing is written.
 */
@ApplicationScoped
public class LocalAuthorityDirectory {

  @Inject HwbCalls calls;

  public Optional<LocalAuthorityRef> find(String code, LocalDate asOf, String purpose) {
    try {
      return calls.find(code, asOf);
    } catch (ProblemException problem) {
      throw problem;
    } catch (RuntimeException unreachable) {
      throw PeerUnavailable.of("hwb-service", purpose, unreachable);
    }
  }
}
