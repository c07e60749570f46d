package org.landscape.practice.domain;

import java.time.LocalDate;

/**
 * A CCG handover (merger or closure) moves every member practice of the predecessors to the
 * successor on the effective date: the successor is operational on that date; each practice that
 * leaves joined its predecessor before that day and has no later membership. A reversal returns a
 * practice only while its membership of the successor is its latest. History is never rewritten.
 */
public final class HandoverRule {

  public static final String OPERATIONAL_SUCCESSOR = "handover.operational-successor";
  public static final String LEAVES_AN_EARLIER_MEMBERSHIP = "handover.leaves-an-earlier-membership";
  public static final String LEAVES_THE_LATEST = "handover.leaves-the-latest";
  public static final String REVERTS_THE_LATEST = "handover.reverts-the-latest";

  private HandoverRule() {}

  /**
   * @param successor what ccg-service says of the successor; null when it said nothing
   */
  public static Finding successor(String code, CcgOperationalPeriod successor, LocalDate date) {
    if (successor != null && successor.operationalFrom(date, date.plusDays(1))) {
      return Finding.holds(OPERATIONAL_SUCCESSOR);
    }
    String why =
        successor == null ? "CCG " + code + " does not exist" : successor.whyNotOperational(date);
    return Finding.broken(
        OPERATIONAL_SUCCESSOR, "The practices cannot move to " + code + ": " + why);
  }

  /**
   * Whether the membership (of a predecessor, covering the date) may end on the date. The detail is
   * the message for the practice's field.
   */
  public static Finding leaving(Membership leaving, MembershipTimeline timeline, LocalDate date) {
    if (!leaving.validFrom.isBefore(date)) {
      return Finding.broken(
          LEAVES_AN_EARLIER_MEMBERSHIP,
          "joined " + leaving.ccgCode + " on " + date + ", the day it hands over");
    }
    if (!timeline.isLatest(leaving)) {
      Membership last = timeline.latest().orElseThrow();
      return Finding.broken(
          LEAVES_THE_LATEST,
          "has a later membership from "
              + last.validFrom
              + " (in "
              + last.ccgCode
              + "); history is never rewritten");
    }
    return Finding.holds(LEAVES_THE_LATEST);
  }

  /** Whether the membership a handover began may be undone. */
  public static Finding reverting(Membership moved, MembershipTimeline timeline) {
    if (!timeline.isLatest(moved)) {
      return Finding.broken(
          REVERTS_THE_LATEST,
          "has a later membership from "
              + timeline.latest().orElseThrow().validFrom
              + "; history is never rewritten");
    }
    return Finding.holds(REVERTS_THE_LATEST);
  }
}
