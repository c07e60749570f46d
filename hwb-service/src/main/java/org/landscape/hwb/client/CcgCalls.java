package org.landscape.hwb.client;

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
 * The guarded calls to ccg-service: a timeout, bounded retries of these idempotent reads, a circuit
 * breaker.
 */
@ApplicationScoped
public class CcgCalls {

  private static final int PAGE = 500;
  private static final int LOOKUP_BATCH = 1000;

  @Inject @RestClient CcgClient ccgs;

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
  public List<CcgSummary> operational(String authorityCode, LocalDate date) {
    List<CcgSummary> found = new ArrayList<>();
    int offset = 0;
    long total;
    do {
      CcgPage page = ccgs.operational(authorityCode, date.toString(), PAGE, offset);
      found.addAll(page.items());
      total = page.total();
      offset += PAGE;
    } while (offset < total);
    return found;
  }

  @Timeout(value = 5, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
  public Map<String, CcgLookup.Result> lookup(LocalDate date, Collection<String> codes) {
    Map<String, CcgLookup.Result> results = new LinkedHashMap<>();
    List<String> distinct = codes.stream().distinct().toList();
    for (int from = 0; from < distinct.size(); from += LOOKUP_BATCH) {
      List<String> batch = distinct.subList(from, Math.min(from + LOOKUP_BATCH, distinct.size()));
      ccgs.lookup(new CcgLookup.Request(date, batch))
          .results()
          .forEach(result -> results.put(result.code(), result));
    }
    return results;
  }
}
