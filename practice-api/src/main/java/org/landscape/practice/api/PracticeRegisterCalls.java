package org.landscape.practice.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.landscape.common.paging.Page;

/**
 * Every call to practice-service, with its fault tolerance declared once for the peer: all of them
 * are reads, so all may be retried; the read of the whole register, page by page, has 30 s. Tuned
 * by configuration keyed by this class, e.g. {@code
 * org.landscape.practice.api.PracticeRegisterCalls/Timeout/value=5000} (milliseconds), or by method
 * for the whole-register read, {@code
 * org.landscape.practice.api.PracticeRegisterCalls/openPractices/Timeout/value}.
 */
@ApplicationScoped
@Timeout(5_000)
@Retry(maxRetries = 2, delay = 200)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
class PracticeRegisterCalls {

  private static final int PAGE = 500;
  private static final int NOT_FOUND = 404;

  @Inject @RestClient PracticeRegisterClient practices;

  /** A 404 is an answer (no such practice), not a failure. */
  Optional<PracticeView> practice(String code, LocalDate asOf) {
    try {
      return Optional.ofNullable(practices.practice(code, asOf));
    } catch (WebApplicationException answered) {
      if (answered.getResponse() != null && answered.getResponse().getStatus() == NOT_FOUND) {
        return Optional.empty();
      }
      throw answered;
    }
  }

  @Timeout(30_000)
  List<OpenPracticeMembership> openPractices(LocalDate asOf) {
    return Page.readAll(PAGE, offset -> practices.openPractices(asOf, PAGE, offset));
  }
}
