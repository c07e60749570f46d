package org.landscape.commissioning.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The guarded reads of whole registers: none of these peer answers calls back into this service, so
 * the consistency report makes no call cycle.
 */
@ApplicationScoped
public class RegisterCalls {

  private static final int PAGE = 500;

  @Inject @RestClient RegisterClients.Practices practices;
  @Inject @RestClient RegisterClients.Boards boards;

  @Timeout(value = 30, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
  public List<RegisterRecords.OpenPractice> openPractices(LocalDate asOf) {
    return readAll(offset -> practices.openOn(asOf.toString(), PAGE, offset));
  }

  @Timeout(value = 30, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
  public List<RegisterRecords.Board> boards(LocalDate asOf) {
    return readAll(offset -> boards.boards(asOf.toString(), PAGE, offset));
  }

  @Timeout(value = 30, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
  public List<RegisterRecords.CcgRepresentative> representatives(LocalDate asOf) {
    return readAll(offset -> boards.representatives(asOf.toString(), PAGE, offset));
  }

  @Timeout(value = 30, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200)
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10_000)
  public List<RegisterRecords.Council> councils(LocalDate asOf) {
    return readAll(offset -> boards.councils(asOf.toString(), PAGE, offset));
  }

  private static <T> List<T> readAll(IntFunction<PeerPage<T>> reader) {
    List<T> all = new ArrayList<>();
    long total;
    int offset = 0;
    do {
      PeerPage<T> page = reader.apply(offset);
      all.addAll(page.items());
      total = page.total();
      offset += PAGE;
    } while (offset < total);
    return all;
  }
}
