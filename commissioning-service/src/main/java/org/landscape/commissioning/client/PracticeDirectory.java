package org.landscape.commissioning.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.landscape.common.client.PeerUnavailable;
import org.landscape.common.problem.ProblemException;

/**
 * GP practices according to practice-service: empty when it does not know the code; a 503 problem
 * when it cannot be reached, so that nothing is written.
 */
@ApplicationScoped
public class PracticeDirectory {

  @Inject PracticeCalls calls;

  /** The practice, with the CCG it belonged to on the date. */
  public Optional<PracticeRef> find(String code, LocalDate asOf, String purpose) {
    try {
      return calls.find(code, asOf);
    } catch (ProblemException problem) {
      throw problem;
    } catch (RuntimeException unreachable) {
      throw PeerUnavailable.of("practice-service", purpose, unreachable);
    }
  }
}
