package org.landscape.hwb.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.landscape.common.paging.Page;

/**
 * Every call to hwb-service, with its fault tolerance declared once for the peer: all of them are
 * reads, so all may be retried; the reads of a whole register, page by page, have 30 s. Tuned by
 * configuration keyed by this class, e.g. {@code
 * org.landscape.hwb.api.HwbRegisterCalls/Timeout/value=5000} (milliseconds), or by method for the
 * whole-register reads, e.g. {@code org.landscape.hwb.api.HwbRegisterCalls/boards/Timeout/value}.
 */
@ApplicationScoped
@Timeout(5_000)
@Retry(maxRetries = 2, delay = 200)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
class HwbRegisterCalls {

  private static final int PAGE = 500;
  private static final int NOT_FOUND = 404;

  @Inject @RestClient HwbRegisterClient hwb;

  /** A 404 is an answer (no such council on the date), not a failure. */
  Optional<LocalAuthorityView> localAuthority(String code, LocalDate asOf) {
    try {
      return Optional.ofNullable(hwb.localAuthority(code, asOf));
    } catch (WebApplicationException answered) {
      if (answered.getResponse() != null && answered.getResponse().getStatus() == NOT_FOUND) {
        return Optional.empty();
      }
      throw answered;
    }
  }

  @Timeout(30_000)
  List<LocalAuthorityView> localAuthorities(LocalDate asOf) {
    return readAll(offset -> hwb.localAuthorities(asOf, PAGE, offset));
  }

  @Timeout(30_000)
  List<BoardView> boards(LocalDate asOf) {
    return readAll(offset -> hwb.boards(asOf, PAGE, offset));
  }

  @Timeout(30_000)
  List<CcgRepresentativeView> ccgRepresentatives(LocalDate asOf) {
    return readAll(offset -> hwb.ccgRepresentatives(asOf, PAGE, offset));
  }

  @Timeout(30_000)
  List<IcbRepresentativeView> icbRepresentatives(LocalDate asOf) {
    return readAll(offset -> hwb.icbRepresentatives(asOf, PAGE, offset));
  }

  private static <T> List<T> readAll(IntFunction<Page<T>> reader) {
    return Page.readAll(PAGE, reader);
  }
}
