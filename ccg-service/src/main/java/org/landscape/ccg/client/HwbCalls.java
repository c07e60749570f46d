package org.landscape.ccg.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The guarded calls to hwb-service: bounded retries of the idempotent read, timeout, circuit
 * breaker.
 */
@ApplicationScoped
public class HwbCalls {

  private static final int PAGE = 500;

  @Inject @RestClient HwbClient hwb;

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
  public Map<String, LocalAuthorityRef> readAll(LocalDate asOf) {
    Map<String, LocalAuthorityRef> authorities = new LinkedHashMap<>();
    int offset = 0;
    long total;
    do {
      LocalAuthorityPage page = hwb.list(asOf.toString(), PAGE, offset);
      page.items().forEach(authority -> authorities.put(authority.code(), authority));
      total = page.total();
      offset += PAGE;
    } while (offset < total);
    return authorities;
  }
}
