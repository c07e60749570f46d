package org.landscape.hwb.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.landscape.common.client.PeerUnavailable;
import org.landscape.common.problem.ProblemException;

/**
 * What ccg-service knows about CCGs on a date, read in whole pages and bulk look-ups, never once
 * per row. Any failure is a 503 problem, never an empty answer: an unreachable peer must not make a
 * board look compliant. (These reads never answer 404 for a missing CCG, so a 404 means the peer is
 * misconfigured, and is a failure too.)
 */
@ApplicationScoped
public class CcgDirectory {

  static final String SERVICE = "ccg-service";

  @Inject CcgCalls calls;

  /** The CCGs operational on the date whose area covers part of the council's. */
  public List<CcgSummary> covering(String authorityCode, LocalDate date, String purpose) {
    return guarded(() -> calls.operational(authorityCode, date), purpose);
  }

  /** Each asked-for code on the date, known or not, keyed by code. */
  public Map<String, CcgLookup.Result> lookup(
      LocalDate date, Collection<String> codes, String purpose) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return guarded(() -> calls.lookup(date, codes), purpose);
  }

  /** For every council some CCG covers on the date, the CCGs covering it: two calls in all. */
  public Map<String, List<CcgSummary>> coverageOfEveryCouncil(LocalDate date, String purpose) {
    return guarded(() -> coverage(date), purpose);
  }

  private Map<String, List<CcgSummary>> coverage(LocalDate date) {
    Map<String, CcgSummary> operational = new LinkedHashMap<>();
    calls.operational(null, date).forEach(ccg -> operational.put(ccg.code(), ccg));
    Map<String, List<CcgSummary>> coverage = new LinkedHashMap<>();
    if (operational.isEmpty()) {
      return coverage;
    }
    for (CcgLookup.Result result : calls.lookup(date, operational.keySet()).values()) {
      CcgSummary ccg = operational.get(result.code());
      if (ccg == null) {
        continue;
      }
      for (String authority : result.authorityCodes()) {
        coverage.computeIfAbsent(authority, code -> new ArrayList<>()).add(ccg);
      }
    }
    return coverage;
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
