package org.landscape.hwb.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.landscape.hwb.domain.CcgAreaRow;
import org.landscape.hwb.domain.CcgCoverage;
import org.landscape.hwb.domain.CcgLifespan;
import org.landscape.hwb.domain.CoverageChange;
import org.landscape.hwb.repository.CcgAreaRowRepository;
import org.landscape.hwb.repository.CcgCoverageRepository;
import org.landscape.hwb.repository.CoverageChangeRepository;

/**
 * Derives, from what the feed told of a CCG, the periods it covers each council (its area rows
 * within its operational period), and for each council whose coverage that changed (and that can
 * host a board), the dated changes of the set of CCGs covering it: the notices its board learns.
 * Both are recomputed from the stored state, never patched, so applying a change twice is harmless.
 */
@ApplicationScoped
public class CoverageDerivation {

  /** Councils that host boards: every upper tier, never a district (E07). */
  static final Pattern UPPER_TIER = Pattern.compile("E(06|08|09|10)\\d{6}");

  private static final Comparator<LocalDate> NULLS_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());

  @Inject CcgAreaRowRepository areaRows;
  @Inject CcgCoverageRepository coverage;
  @Inject CoverageChangeRepository changes;

  /** A period {@code [from, to)}; null ends are open. */
  record Period(LocalDate from, LocalDate to) {}

  /** Recomputes the CCG's coverage and the notices of every council whose coverage changed. */
  void rederive(CcgLifespan ccg, long sequence) {
    Map<String, List<Period>> before = periodsByAuthority(coverage.ofCcg(ccg.code));
    Map<String, List<Period>> after = coverageOf(ccg, areaRows.ofCcg(ccg.code));
    if (before.equals(after)) {
      return;
    }
    coverage.deleteOfCcg(ccg.code);
    after.forEach(
        (authority, periods) -> {
          for (Period period : periods) {
            CcgCoverage row = new CcgCoverage();
            row.ccgCode = ccg.code;
            row.localAuthorityCode = authority;
            row.validFrom = period.from();
            row.validTo = period.to();
            coverage.persist(row);
          }
        });
    Set<String> affected = new TreeSet<>(before.keySet());
    affected.addAll(after.keySet());
    for (String authority : affected) {
      if (!Objects.equals(before.get(authority), after.get(authority))
          && UPPER_TIER.matcher(authority).matches()) {
        renotify(authority, sequence);
      }
    }
  }

  /** The CCG's area rows cut to its operational period, merged per council, sorted. */
  static Map<String, List<Period>> coverageOf(CcgLifespan ccg, List<CcgAreaRow> rows) {
    Map<String, List<Period>> cut = new TreeMap<>();
    for (CcgAreaRow row : rows) {
      LocalDate from = later(row.validFrom, ccg.openDate);
      LocalDate to = earlier(row.validTo, ccg.closeDate);
      if (from == null || to == null || to.isAfter(from)) {
        cut.computeIfAbsent(row.localAuthorityCode, code -> new ArrayList<>())
            .add(new Period(from, to));
      }
    }
    Map<String, List<Period>> merged = new TreeMap<>();
    cut.forEach((authority, periods) -> merged.put(authority, merge(periods)));
    return merged;
  }

  private static List<Period> merge(List<Period> periods) {
    List<Period> sorted = new ArrayList<>(periods);
    sorted.sort(Comparator.comparing(Period::from, NULLS_FIRST));
    List<Period> merged = new ArrayList<>();
    for (Period next : sorted) {
      Period last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      boolean touches =
          last != null
              && (last.to() == null || next.from() == null || !next.from().isAfter(last.to()));
      if (touches) {
        LocalDate to = last.to() == null || next.to() == null ? null : later(last.to(), next.to());
        merged.set(merged.size() - 1, new Period(last.from(), to));
      } else {
        merged.add(next);
      }
    }
    return merged;
  }

  private static Map<String, List<Period>> periodsByAuthority(List<CcgCoverage> rows) {
    Map<String, List<Period>> periods = new TreeMap<>();
    for (CcgCoverage row : rows) {
      periods
          .computeIfAbsent(row.localAuthorityCode, code -> new ArrayList<>())
          .add(new Period(row.validFrom, row.validTo));
    }
    periods.values().forEach(list -> list.sort(Comparator.comparing(Period::from, NULLS_FIRST)));
    return periods;
  }

  /**
   * Makes the council's notices the dated changes of its coverage: a notice on each day the set of
   * CCGs covering it differs from the day before. A notice that stands as it was is kept as
   * learned; a changed or new one is learned at this sequence; one no longer true is withdrawn.
   */
  void renotify(String authority, long sequence) {
    List<CcgCoverage> rows = coverage.ofAuthority(authority);
    TreeSet<LocalDate> days = new TreeSet<>();
    for (CcgCoverage row : rows) {
      if (row.validFrom != null) {
        days.add(row.validFrom);
      }
      if (row.validTo != null) {
        days.add(row.validTo);
      }
    }
    Map<LocalDate, CoverageChange> existing = new HashMap<>();
    changes.ofAuthority(authority).forEach(change -> existing.put(change.changeDate, change));
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (LocalDate day : days) {
      TreeSet<String> was = coveringOn(rows, day.minusDays(1));
      TreeSet<String> is = coveringOn(rows, day);
      String[] added = is.stream().filter(code -> !was.contains(code)).toArray(String[]::new);
      String[] removed = was.stream().filter(code -> !is.contains(code)).toArray(String[]::new);
      if (added.length == 0 && removed.length == 0) {
        continue;
      }
      String[] relevant = is.toArray(String[]::new);
      CoverageChange change = existing.remove(day);
      if (change != null
          && Arrays.equals(change.added, added)
          && Arrays.equals(change.removed, removed)
          && Arrays.equals(change.relevant, relevant)) {
        continue;
      }
      boolean isNew = change == null;
      if (isNew) {
        change = new CoverageChange();
        change.authorityCode = authority;
        change.changeDate = day;
      }
      change.added = added;
      change.removed = removed;
      change.relevant = relevant;
      change.learnedSequence = sequence;
      change.learnedAt = now;
      if (isNew) {
        changes.persist(change);
      }
    }
    existing.values().forEach(changes::delete);
  }

  private static TreeSet<String> coveringOn(List<CcgCoverage> rows, LocalDate day) {
    TreeSet<String> codes = new TreeSet<>();
    for (CcgCoverage row : rows) {
      if (row.isValidOn(day)) {
        codes.add(row.ccgCode);
      }
    }
    return codes;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
