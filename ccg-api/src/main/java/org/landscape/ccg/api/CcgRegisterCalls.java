package org.landscape.ccg.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.landscape.common.paging.Page;

/**
 * Every call to ccg-service, with its fault tolerance declared once for the peer: all of them are
 * reads, so all may be retried. Tuned by configuration keyed by this class, e.g. {@code
 * org.landscape.ccg.api.CcgRegisterCalls/Timeout/value=5000} (milliseconds).
 */
@ApplicationScoped
@Timeout(5_000)
@Retry(maxRetries = 2, delay = 200)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
class CcgRegisterCalls {

  private static final int PAGE = 500;

  @Inject @RestClient CcgRegisterClient ccgs;
  @Inject @RestClient GoverningBodySeatClient seats;

  Map<String, CcgLookup.Result> lookup(LocalDate date, Collection<String> codes) {
    Map<String, CcgLookup.Result> results = new LinkedHashMap<>();
    List<String> distinct = codes.stream().distinct().toList();
    for (int from = 0; from < distinct.size(); from += CcgLookup.MAX_CODES) {
      List<String> batch =
          distinct.subList(from, Math.min(from + CcgLookup.MAX_CODES, distinct.size()));
      ccgs.lookup(new CcgLookup.Request(date, batch))
          .results()
          .forEach(result -> results.put(result.code(), result));
    }
    return results;
  }

  List<CcgSummary> all(String status, String localAuthority, LocalDate asOf) {
    return Page.readAll(PAGE, offset -> ccgs.search(status, localAuthority, asOf, PAGE, offset));
  }

  List<GoverningBodySeatView> seats(LocalDate asOf, Boolean employerNamed) {
    return Page.readAll(PAGE, offset -> seats.seats(asOf, employerNamed, PAGE, offset));
  }
}
