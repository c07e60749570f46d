package org.landscape.practice.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What one row of an epraccur file of a given extract date asserts about the practice's
 * commissioner, set against the history as it stands. Files arrive in any order, so:
 *
 * <ul>
 *   <li>the row asserts its commissioner from its join date; from the extract date instead where
 *       the join date is missing, or where the practice already has a history and the commissioner
 *       was not operational on the join date (the join date contradicts it);
 *   <li>a practice without a history whose commissioner was not operational on the join date is an
 *       orphan: nothing is asserted;
 *   <li>a day on or after the practice's closure asserts nothing (it has no commissioner then);
 *   <li>where the history already has the practice in that commissioner on that day, the row adds
 *       nothing (re-reading any file changes nothing);
 *   <li>a commissioner operational on neither day makes the practice an orphan: nothing is
 *       asserted;
 *   <li>where a fact from a later extract (or a later API write) is asserted for the same day, or a
 *       standing fact between that day and the extract date says otherwise, the row still becomes a
 *       fact (none is ever lost), but it is a conflict: the stronger fact keeps shaping the
 *       history, and both are listed.
 * </ul>
 */
public final class EpraccurVintageRule {

  public enum Action {
    /** The history already says what the row says. */
    KEEP,
    /** Assert the commissioner from {@code validFrom}: a first membership or a transfer. */
    ASSERT,
    /** Assert it, though a stronger fact contradicts it: listed as a conflict. */
    CONFLICT,
    /** The commissioner cannot be the practice's: nothing asserted. */
    ORPHAN
  }

  /** The decision; {@code reason} for an orphan or a conflict. */
  public record Decision(Action action, LocalDate validFrom, String reason) {}

  private EpraccurVintageRule() {}

  /**
   * @param ccg what ccg-service says of the commissioner; null when it said nothing
   */
  public static Decision interpret(
      String commissioner,
      LocalDate joinDate,
      LocalDate extractDate,
      LocalDate closeDate,
      MembershipHistory history,
      CcgOperationalPeriod ccg) {
    boolean hasHistory = !history.periods().isEmpty();
    Optional<LocalDate> from = assertedFrom(joinDate, extractDate, hasHistory, ccg);
    if (from.isEmpty()) {
      LocalDate asked = joinDate != null ? joinDate : extractDate;
      String why =
          ccg == null
              ? "CCG " + commissioner + " is unknown to ccg-service"
              : ccg.whyNotOperational(asked);
      return new Decision(Action.ORPHAN, null, why);
    }
    LocalDate day = from.get();
    if (closeDate != null && !day.isBefore(closeDate)) {
      return new Decision(Action.KEEP, day, null);
    }
    Optional<MembershipHistory.Period> then = history.on(day);
    if (then.isPresent() && then.get().ccgCode().equals(commissioner)) {
      return new Decision(Action.KEEP, day, null);
    }
    Optional<Assertion> sameDay = history.factOf(day);
    if (sameDay.isPresent() && sameDay.get().standing().isAfter(extractDate)) {
      return new Decision(
          Action.CONFLICT,
          day,
          "asserts "
              + commissioner
              + " from "
              + day
              + ", but "
              + describe(sameDay.get())
              + " is of a later standing");
    }
    Optional<Assertion> between =
        history
            .nextFactAfter(day)
            .filter(next -> !next.validFrom().isAfter(extractDate))
            .filter(next -> !next.ccgCode().equals(commissioner));
    if (between.isPresent()) {
      return new Decision(
          Action.CONFLICT,
          day,
          "asserts "
              + commissioner
              + " from "
              + day
              + " to the extract date "
              + extractDate
              + ", but "
              + describe(between.get())
              + " stands in between");
    }
    return new Decision(Action.ASSERT, day, null);
  }

  private static Optional<LocalDate> assertedFrom(
      LocalDate joinDate, LocalDate extractDate, boolean hasHistory, CcgOperationalPeriod ccg) {
    if (ccg == null) {
      return Optional.empty();
    }
    if (joinDate != null && ccg.operationalFrom(joinDate, joinDate.plusDays(1))) {
      return Optional.of(joinDate);
    }
    if ((joinDate == null || hasHistory)
        && ccg.operationalFrom(extractDate, extractDate.plusDays(1))) {
      return Optional.of(extractDate);
    }
    return Optional.empty();
  }

  private static String describe(Assertion fact) {
    return "the fact of "
        + fact.ccgCode()
        + " from "
        + fact.validFrom()
        + " ("
        + fact.source()
        + ")";
  }
}
