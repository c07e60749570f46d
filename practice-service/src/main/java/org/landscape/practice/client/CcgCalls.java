package org.landscape.practice.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The guarded call to ccg-service: timeout, bounded retries of this idempotent read, circuit
 * breaker.
 */
@ApplicationScoped
public class CcgCalls {

  @Inject @RestClient CcgClient ccg;

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
  public List<CcgStatus> lookup(List<String> codes) {
    return ccg.lookup(new CcgLookup.Request(LocalDate.now(), List.copyOf(codes))).results();
  }
}
