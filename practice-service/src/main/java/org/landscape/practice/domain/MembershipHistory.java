package org.landscape.practice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * A practice's membership history, derived from what was asserted and from the CCGs' successions,
 * as known at an instant. The rules:
 *
 * <ul>
 *   <li>For each day, of the facts asserted for it, the one of greatest standing stands (a later
 *       extract over an earlier one, a later API fact over an earlier one); the others are kept as
 *       facts but do not shape the history.
 *   <li>Each standing fact holds from its day until the next standing fact begins, or the practice
 *       closes: later facts keep their dates, whatever the order they arrived in.
 *   <li>While a fact holds, its CCG's succession carries the practice to the successor on the
 *       succession's day, and on through the successor's own succession: a derived period, never
 *       one that overrides an asserted fact.
 *   <li>Adjacent periods in one CCG are one membership, the earlier's origin kept.
 * </ul>
 *
 * The order in which facts and successions were recorded does not change the result.
 */
public final class MembershipHistory {

  /** One membership of the derived history, over {@code [validFrom, validTo)}. */
  public record Period(
      String ccgCode,
      LocalDate validFrom,
      LocalDate validTo,
      MembershipOrigin origin,
      Long factId,
      String source) {

    public boolean covers(LocalDate date) {
      return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
    }

    Period endingOn(LocalDate end) {
      return new Period(ccgCode, validFrom, end, origin, factId, source);
    }
  }

  private static final int LONGEST_CHAIN = 64;

  private final List<Assertion> standing;
  private final List<Period> periods;

  private MembershipHistory(List<Assertion> standing, List<Period> periods) {
    this.standing = standing;
    this.periods = periods;
  }

  /**
   * @param closeDate the practice's (half-open) end, null while open
   * @param knownAt what had been recorded by this instant; null for everything standing now
   */
  public static MembershipHistory derive(
      LocalDate closeDate,
      Collection<Assertion> facts,
      Collection<Handover> successions,
      Instant knownAt) {
    List<Assertion> standing = standingFacts(facts, closeDate, knownAt);
    Map<String, Handover> handovers =
        successions.stream()
            .filter(h -> h.knownAt(knownAt))
            .collect(
                Collectors.toMap(
                    Handover::predecessorCode,
                    h -> h,
                    BinaryOperator.minBy(Comparator.comparing(Handover::effectiveDate))));
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i < standing.size(); i++) {
      LocalDate end = i + 1 < standing.size() ? standing.get(i + 1).validFrom() : closeDate;
      carry(standing.get(i), end, handovers, periods);
    }
    return new MembershipHistory(List.copyOf(standing), List.copyOf(periods));
  }

  private static List<Assertion> standingFacts(
      Collection<Assertion> facts, LocalDate closeDate, Instant knownAt) {
    Map<LocalDate, Assertion> strongestOfTheDay = new TreeMap<>();
    for (Assertion fact : facts) {
      if (!fact.knownAt(knownAt) || (closeDate != null && !fact.validFrom().isBefore(closeDate))) {
        continue;
      }
      strongestOfTheDay.merge(fact.validFrom(), fact, BinaryOperator.maxBy(Assertion.PRECEDENCE));
    }
    return List.copyOf(strongestOfTheDay.values());
  }

  private static void carry(
      Assertion fact, LocalDate end, Map<String, Handover> handovers, List<Period> periods) {
    String ccg = fact.ccgCode();
    LocalDate start = fact.validFrom();
    MembershipOrigin origin = fact.kind();
    String source = fact.source();
    for (int step = 0; step < LONGEST_CHAIN; step++) {
      Handover next = handovers.get(ccg);
      if (next == null
          || next.effectiveDate().isBefore(start)
          || (end != null && !next.effectiveDate().isBefore(end))) {
        break;
      }
      if (next.effectiveDate().isAfter(start)) {
        append(
            periods, new Period(ccg, start, next.effectiveDate(), origin, fact.factId(), source));
      }
      ccg = next.successorCode();
      start = next.effectiveDate();
      origin = MembershipOrigin.SUCCESSION;
      source = next.source();
    }
    append(periods, new Period(ccg, start, end, origin, fact.factId(), source));
  }

  private static void append(List<Period> periods, Period next) {
    if (!periods.isEmpty()) {
      Period last = periods.getLast();
      if (last.ccgCode().equals(next.ccgCode()) && next.validFrom().equals(last.validTo())) {
        periods.set(periods.size() - 1, last.endingOn(next.validTo()));
        return;
      }
    }
    periods.add(next);
  }

  /** The memberships, oldest first. */
  public List<Period> periods() {
    return periods;
  }

  /** The facts that shape the history, oldest first: one a day. */
  public List<Assertion> standing() {
    return standing;
  }

  public Optional<Period> on(LocalDate date) {
    return periods.stream().filter(p -> p.covers(date)).findFirst();
  }

  /** The standing fact asserted for exactly that day. */
  public Optional<Assertion> factOf(LocalDate date) {
    return standing.stream().filter(f -> f.validFrom().equals(date)).findFirst();
  }

  /** The first standing fact after the date: where a fact asserted for the date stops holding. */
  public Optional<Assertion> nextFactAfter(LocalDate date) {
    return standing.stream().filter(f -> f.validFrom().isAfter(date)).findFirst();
  }

  /** The earliest day the practice has a commissioner, if ever. */
  public Optional<LocalDate> firstDay() {
    return periods.isEmpty() ? Optional.empty() : Optional.of(periods.getFirst().validFrom());
  }
}
