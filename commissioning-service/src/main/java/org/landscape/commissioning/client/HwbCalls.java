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
 * The guarded call to hwb-service: timeout, bounded retries of this idempotent read, circuit
 * breaker. A 404 is an answer (no such council on the date), not a failure.
 */
@ApplicationScoped
public class HwbCalls {

  @Inject @RestClient HwbClient hwb;

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
  public Optional<LocalAuthorityRef> find(String code, LocalDate asOf) {
    return NotFound.asEmpty(() -> hwb.get(code, asOf.toString()));
  }
}
