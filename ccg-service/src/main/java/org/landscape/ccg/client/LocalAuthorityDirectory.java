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
import org.landscape.common.client.PeerUnavailable;
import org.landscape.common.problem.ProblemException;

/**
 * The councils known to hwb-service on a date, read in whole pages (one call for the whole
 * register), never once per row. Unreachable → 503 problem, so that nothing is written.
 */
@ApplicationScoped
public class LocalAuthorityDirectory {

  private static final int PAGE = 500;

  @Inject Calls calls;

  public Map<String, LocalAuthorityRef> on(LocalDate asOf, String purpose) {
    try {
      return calls.readAll(asOf);
    } catch (ProblemException problem) {
      throw problem;
    } catch (RuntimeException unreachable) {
      throw PeerUnavailable.of("hwb-service", purpose);
    }
  }

  /** The guarded calls: bounded retries of the idempotent read, timeout, circuit breaker. */
  @ApplicationScoped
  public static class Calls {

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
}
