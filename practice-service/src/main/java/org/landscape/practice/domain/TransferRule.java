package org.landscape.practice.domain;

import java.time.LocalDate;

/**
 * Whether a practice may transfer to another CCG on an effective date, any day of its open life
 * once it has a commissioner: back-dated transfers split the membership they land in, and later
 * asserted facts keep their dates. Checked in this order; the first broken one is the verdict: the
 * practice is open then; it is a member of a CCG then; no other fact is asserted for that very day
 * (a conflict: correct or withdraw that fact instead); the target is another CCG; the target is
 * operational from the date until the transfer stops holding (the next asserted fact or the
 * closure), or until it hands its practices to a successor recorded here.
 */
public final class TransferRule {

  public static final String PRACTICE_OPEN = "transfer.practice-open";
  public static final String FROM_A_MEMBERSHIP = "transfer.from-a-membership";

  /** Broken when another fact holds the same day: a conflict rather than a refusal. */
  public static final String ONE_FACT_A_DAY = "transfer.one-fact-a-day";

  public static final String TO_ANOTHER_CCG = "transfer.to-another-ccg";

  /** Satisfied verdict of the whole rule. */
  public static final String RULE = "transfer";

  private TransferRule() {}

  /**
   * @param target what ccg-service says of the target CCG; null when it said nothing
   * @param targetHandsOverOn the day the target's practices go to its successor, as recorded here;
   *     null when none is
   */
  public static Finding check(
      Practice practice,
      MembershipHistory history,
      String targetCcgCode,
      CcgOperationalPeriod target,
      LocalDate targetHandsOverOn,
      LocalDate date) {
    String code = practice.code;
    if (!practice.isOpenOn(date)) {
      return Finding.broken(
          PRACTICE_OPEN,
          "Practice " + code + " is not open on " + date + ", so it cannot transfer then");
    }
    MembershipHistory.Period current = history.on(date).orElse(null);
    if (current == null) {
      return Finding.broken(
          FROM_A_MEMBERSHIP,
          "Practice " + code + " has no membership on " + date + " to transfer from");
    }
    Assertion sameDay = history.factOf(date).orElse(null);
    if (sameDay != null) {
      return Finding.broken(
          ONE_FACT_A_DAY,
          "Practice "
              + code
              + " already has a membership of "
              + sameDay.ccgCode()
              + " asserted from "
              + date
              + " (fact "
              + sameDay.factId()
              + ", "
              + sameDay.source()
              + "); correct or withdraw that fact instead");
    }
    if (current.ccgCode().equals(targetCcgCode)) {
      return Finding.broken(
          TO_ANOTHER_CCG,
          "Practice " + code + " is already a member of " + current.ccgCode() + " on " + date);
    }
    LocalDate holdsUntil =
        history.nextFactAfter(date).map(Assertion::validFrom).orElse(practice.closeDate);
    if (targetHandsOverOn != null
        && targetHandsOverOn.isAfter(date)
        && (holdsUntil == null || targetHandsOverOn.isBefore(holdsUntil))) {
      holdsUntil = targetHandsOverOn;
    }
    Finding operational = OperationalCcgRule.check(targetCcgCode, target, date, holdsUntil);
    return operational.satisfied() ? Finding.holds(RULE) : operational;
  }
}
