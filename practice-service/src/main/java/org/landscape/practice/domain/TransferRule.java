package org.landscape.practice.domain;

import java.time.LocalDate;

/**
 * Whether a practice may transfer to another CCG on an effective date: it is open then, it is a
 * member of a CCG then, that membership is its latest and began before the date (another transfer
 * did not come first; history is never rewritten), the target is another CCG, and the target is
 * operational over the rest of the membership. Checked in that order; the first broken one is the
 * verdict.
 */
public final class TransferRule {

  public static final String PRACTICE_OPEN = "transfer.practice-open";
  public static final String FROM_A_MEMBERSHIP = "transfer.from-a-membership";

  /** Broken when another transfer came first: a conflict rather than a refusal. */
  public static final String FROM_THE_LATEST = "transfer.from-the-latest";

  public static final String TO_ANOTHER_CCG = "transfer.to-another-ccg";

  /** Satisfied verdict of the whole rule. */
  public static final String RULE = "transfer";

  private TransferRule() {}

  /**
   * @param target what ccg-service says of the target CCG; null when it said nothing
   */
  public static Finding check(
      MembershipTimeline timeline,
      String targetCcgCode,
      CcgOperationalPeriod target,
      LocalDate date) {
    Practice practice = timeline.practice();
    String code = practice.code;
    if (!practice.isOpenOn(date)) {
      return Finding.broken(
          PRACTICE_OPEN,
          "Practice " + code + " is not open on " + date + ", so it cannot transfer then");
    }
    Membership current = timeline.on(date).orElse(null);
    if (current == null) {
      return Finding.broken(
          FROM_A_MEMBERSHIP,
          "Practice " + code + " has no membership on " + date + " to transfer from");
    }
    if (!timeline.isLatest(current) || !current.validFrom.isBefore(date)) {
      return Finding.broken(
          FROM_THE_LATEST,
          "Practice "
              + code
              + " already has a membership from "
              + timeline.latest().orElseThrow().validFrom
              + " (another transfer came first); history is never rewritten");
    }
    if (current.ccgCode.equals(targetCcgCode)) {
      return Finding.broken(
          TO_ANOTHER_CCG,
          "Practice " + code + " is already a member of " + current.ccgCode + " on " + date);
    }
    Finding operational = OperationalCcgRule.check(targetCcgCode, target, date, current.validTo);
    return operational.satisfied() ? Finding.holds(RULE) : operational;
  }
}
