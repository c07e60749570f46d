package org.landscape.commissioning.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The guarded calls to ccg-service: timeout, bounded retries of these idempotent reads, circuit
 * breaker.
 */
@ApplicationScoped
public class CcgCalls {

  private static final int PAGE = 500;

  @Inject @RestClient CcgClient ccgs;

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
  public Map<String, CcgStatus> lookup(LocalDate date, Collection<String> codes) {
    Map<String, CcgStatus> statuses = new LinkedHashMap<>();
    ccgs.lookup(new CcgLookup.Request(date, List.copyOf(codes)))
        .results()
        .forEach(status -> statuses.put(status.code(), status));
    return statuses;
  }

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
  public List<CcgSummary> covering(String authorityCode, LocalDate date) {
    List<CcgSummary> found = new ArrayList<>();
    int offset = 0;
    long total;
    do {
      CcgPage page = ccgs.covering(authorityCode, date.toString(), PAGE, offset);
      found.addAll(page.items());
      total = page.total();
      offset += PAGE;
    } while (offset < total);
    return found;
  }
}
