package org.landscape.practice.domain;

import java.time.LocalDate;

/**
 * A CCG handover (merger or closure) records that the predecessors' practices go to the successor
 * on the effective date: the successor is operational on that date, and a predecessor hands its
 * practices over once (a second handover to another successor, or on another day, is refused).
 */
public final class HandoverRule {

  public static final String OPERATIONAL_SUCCESSOR = "handover.operational-successor";
  public static final String ONCE = "handover.once";

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
   * Whether the predecessor may hand over to the successor on the date, given the handover already
   * recorded for it (null: none). The same handover again holds (it is already done).
   */
  public static Finding once(
      String predecessor, Handover recorded, String successor, LocalDate date) {
    if (recorded == null
        || (recorded.successorCode().equals(successor) && recorded.effectiveDate().equals(date))) {
      return Finding.holds(ONCE);
    }
    return Finding.broken(
        ONCE,
        "CCG "
            + predecessor
            + " already hands its practices to "
            + recorded.successorCode()
            + " on "
            + recorded.effectiveDate()
            + "; reverse that first");
  }
}
