package org.landscape.ccg.api;

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

/**
 * What ccg-service knows about CCGs on a date, read in whole pages and bulk look-ups, never once
 * per row. A failure, once retried, is a 503 problem naming what it was for, never an empty answer:
 * an unreachable register must not make anything look valid, and the write that needed it writes
 * nothing.
 */
@ApplicationScoped
public class CcgRegister {

  public static final String SERVICE = "ccg-service";

  @Inject CcgRegisterCalls calls;

  /** Each asked-for code on the date, known or not, keyed by code. */
  public Map<String, CcgLookup.Result> lookup(
      LocalDate date, Collection<String> codes, String purpose) {
    return codes.isEmpty() ? Map.of() : guarded(() -> calls.lookup(date, codes), purpose);
  }

  /** One code on the date; {@link CcgLookup.Result#unknown} when the register does not know it. */
  public CcgLookup.Result lookup(LocalDate date, String code, String purpose) {
    CcgLookup.Result result = lookup(date, List.of(code), purpose).get(code);
    return result == null ? CcgLookup.Result.unknown(code) : result;
  }

  /** The CCGs operational on the date; with a council, those whose area covers part of it. */
  public List<CcgSummary> operational(String localAuthority, LocalDate date, String purpose) {
    return guarded(() -> calls.all("OPERATIONAL", localAuthority, date), purpose);
  }

  /** For every council some CCG covers on the date, the CCGs covering it: two calls in all. */
  public Map<String, List<CcgSummary>> coverageOfEveryCouncil(LocalDate date, String purpose) {
    Map<String, CcgSummary> operational = new LinkedHashMap<>();
    operational(null, date, purpose).forEach(ccg -> operational.put(ccg.code(), ccg));
    Map<String, List<CcgSummary>> coverage = new LinkedHashMap<>();
    for (CcgLookup.Result result : lookup(date, operational.keySet(), purpose).values()) {
      CcgSummary ccg = operational.get(result.code());
      if (ccg != null) {
        for (String authority : result.authorityCodes()) {
          coverage.computeIfAbsent(authority, code -> new ArrayList<>()).add(ccg);
        }
      }
    }
    return coverage;
  }

  /** Every CCG the register holds, whatever its status. */
  public List<CcgSummary> everyCcg(String purpose) {
    return guarded(() -> calls.all("ANY", null, null), purpose);
  }

  /**
   * The governing-body seats of every CCG held on the date that name their holder's employer (the
   * seats the governing-body independence rule is about).
   */
  public List<GoverningBodySeatView> seatsNamingAnEmployer(LocalDate date, String purpose) {
    return guarded(() -> calls.seats(date, true), purpose);
  }

  private static <T> T guarded(Supplier<T> call, String purpose) {
    return PeerUnavailable.guarded(SERVICE, purpose, call);
  }
}
