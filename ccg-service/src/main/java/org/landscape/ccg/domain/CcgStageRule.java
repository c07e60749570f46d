package org.landscape.ccg.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a CCG's stages before it became operational: a stage period ends by the CCG's first
 * operational day (an open-ended one ends then) and never overlaps its operational period; the
 * shadow form lies within the 2012-13 dual running with the PCTs; only an authorisation comes with
 * conditions; two periods of the same stage do not overlap (periods of different stages may: a
 * pathfinder in shadow form, authorised while still in it). On a date a CCG may be in several
 * stages; the most advanced of them is its stage then.
 */
public final class CcgStageRule {

  /** The first day of the 2012-13 dual running, when CCGs ran in shadow form. */
  public static final LocalDate DUAL_RUNNING_FROM = LocalDate.of(2012, 4, 1);

  /** The first day after the dual running: the CCGs took over from the PCTs. */
  public static final LocalDate DUAL_RUNNING_TO = LocalDate.of(2013, 4, 1);

  /** How a refused period is answered: a malformed field, a broken rule, or a clash. */
  public enum Kind {
    INVALID,
    RULE_BROKEN,
    CONFLICT
  }

  /** Why a stage period cannot be recorded: the field at fault, and why. */
  public record Refusal(Kind kind, String field, String message) {}

  /** A period to record; an open end ({@code validTo} null) lasts until the CCG opened. */
  public record Period(CcgStage stage, LocalDate validFrom, LocalDate validTo, String conditions) {}

  private CcgStageRule() {}

  /** The period's end: as given, else the CCG's first operational day. */
  public static LocalDate end(Ccg ccg, Period period) {
    return period.validTo() != null ? period.validTo() : ccg.openDate;
  }

  /** Why the period cannot be recorded for the CCG beside the recorded ones, if it cannot. */
  public static Optional<Refusal> check(
      Ccg ccg, Period period, Collection<CcgStagePeriod> recorded) {
    if (period.conditions() != null && period.stage() != CcgStage.AUTHORISED) {
      return refuse(Kind.INVALID, "conditions", "only an authorisation comes with conditions");
    }
    if (period.validTo() != null && !period.validTo().isAfter(period.validFrom())) {
      return refuse(Kind.INVALID, "validTo", "must be after validFrom " + period.validFrom());
    }
    if (ccg.openDate == null) {
      return refuse(
          Kind.RULE_BROKEN,
          "validFrom",
          "CCG "
              + ccg.code
              + " has no first operational day, so it was operational throughout: a stage before"
              + " it would overlap its operational period");
    }
    LocalDate end = end(ccg, period);
    if (!period.validFrom().isBefore(ccg.openDate) || end.isAfter(ccg.openDate)) {
      return refuse(
          Kind.RULE_BROKEN,
          period.validFrom().isBefore(ccg.openDate) ? "validTo" : "validFrom",
          "the "
              + period.stage()
              + " period ["
              + period.validFrom()
              + ", "
              + end
              + ") overlaps the operational period of "
              + ccg.code
              + " from "
              + ccg.openDate
              + ": a stage comes before the CCG became operational");
    }
    if (period.stage() == CcgStage.SHADOW
        && (period.validFrom().isBefore(DUAL_RUNNING_FROM) || end.isAfter(DUAL_RUNNING_TO))) {
      return refuse(
          Kind.RULE_BROKEN,
          period.validFrom().isBefore(DUAL_RUNNING_FROM) ? "validFrom" : "validTo",
          "the shadow form lies within the 2012-13 dual running with the PCTs ["
              + DUAL_RUNNING_FROM
              + ", "
              + DUAL_RUNNING_TO
              + "), not ["
              + period.validFrom()
              + ", "
              + end
              + ")");
    }
    for (CcgStagePeriod other : recorded) {
      if (other.stage == period.stage()
          && overlaps(other.validFrom, other.validTo, period.validFrom(), end)) {
        return refuse(
            Kind.CONFLICT,
            "validFrom",
            ccg.code
                + " was already "
                + period.stage()
                + " over ["
                + other.validFrom
                + ", "
                + (other.validTo == null ? "" : other.validTo)
                + ")");
      }
    }
    return Optional.empty();
  }

  /**
   * A recorded stage period that a new operational period {@code [openDate, closeDate)} would
   * overlap, if any (an open-ended recorded period lasts until the CCG opens, whenever that is).
   */
  public static Optional<CcgStagePeriod> overlappedBy(
      LocalDate openDate, LocalDate closeDate, Collection<CcgStagePeriod> recorded) {
    return recorded.stream()
        .filter(p -> p.validTo != null || openDate == null)
        .filter(p -> overlaps(p.validFrom, p.validTo, openDate, closeDate))
        .findFirst();
  }

  /** The stages the CCG was in on the date, in the order they come. */
  public static List<CcgStage> on(Collection<CcgStagePeriod> periods, LocalDate date) {
    return periods.stream()
        .filter(p -> p.holdsOn(date))
        .map(p -> p.stage)
        .distinct()
        .sorted()
        .toList();
  }

  /** The most advanced stage the CCG was in on the date, if any. */
  public static Optional<CcgStage> current(Collection<CcgStagePeriod> periods, LocalDate date) {
    List<CcgStage> on = on(periods, date);
    return on.isEmpty() ? Optional.empty() : Optional.of(on.getLast());
  }

  /** Whether the half-open periods {@code [aFrom, aTo)} and {@code [bFrom, bTo)} share a day. */
  static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
    return (aTo == null || bFrom == null || bFrom.isBefore(aTo))
        && (bTo == null || aFrom == null || aFrom.isBefore(bTo));
  }

  private static Optional<Refusal> refuse(Kind kind, String field, String message) {
    return Optional.of(new Refusal(kind, field, message));
  }
}
