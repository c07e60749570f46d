package org.landscape.commissioning.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The guarded call to practice-service: timeout, bounded retries of this idempotent read, circuit
 * breaker. A 404 is an answer (no such practice), not a failure.
 */
@ApplicationScoped
public class PracticeCalls {

  @Inject @RestClient PracticeClient practices;

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
  public Optional<PracticeRef> find(String code, LocalDate asOf) {
    return NotFound.asEmpty(() -> practices.get(code, asOf.toString()));
  }
}
