package org.landscape.commissioning.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.landscape.common.client.PeerUnavailable;
import org.landscape.common.problem.ProblemException;

/**
 * What ccg-service knows about CCGs on a date. If it cannot be reached, a 503 problem: the request
 * that needed it is refused and nothing is written.
 */
@ApplicationScoped
public class CcgDirectory {

  static final String SERVICE = "ccg-service";

  @Inject CcgCalls calls;

  /** Each asked-for code on the date, known or not. */
  public Map<String, CcgStatus> lookup(Collection<String> codes, LocalDate date, String purpose) {
    return codes.isEmpty() ? Map.of() : guarded(() -> calls.lookup(date, codes), purpose);
  }

  public CcgStatus status(String code, LocalDate date, String purpose) {
    CcgStatus status = lookup(List.of(code), date, purpose).get(code);
    return status == null ? CcgStatus.unknown(code) : status;
  }

  /** The CCGs operational on the date whose area covers part of the council's. */
  public List<CcgSummary> covering(String authorityCode, LocalDate date, String purpose) {
    return guarded(() -> calls.covering(authorityCode, date), purpose);
  }

  private static <T> T guarded(Supplier<T> call, String purpose) {
    try {
      return call.get();
    } catch (ProblemException problem) {
      throw problem;
    } catch (RuntimeException unreachable) {
      throw PeerUnavailable.of(SERVICE, purpose, unreachable);
    }
  }
}
