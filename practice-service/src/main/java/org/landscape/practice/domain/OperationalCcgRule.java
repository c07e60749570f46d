package org.landscape.practice.domain;

import java.time.LocalDate;

/**
 * A practice may only be a member of a CCG that is operational over the whole membership {@code
 * [from, to)} (an open end: from {@code from} on). Applies to a registration's first membership and
 * to the membership a transfer begins.
 */
public final class OperationalCcgRule {

  public static final String RULE = "membership.operational-ccg";

  private OperationalCcgRule() {}

  /**
   * @param ccg what ccg-service says of the CCG; null when it said nothing (the CCG does not exist)
   */
  public static Finding check(String code, CcgOperationalPeriod ccg, LocalDate from, LocalDate to) {
    if (ccg != null && ccg.operationalFrom(from, to)) {
      return Finding.holds(RULE);
    }
    String why = ccg == null ? "CCG " + code + " does not exist" : ccg.whyNotOperational(from);
    return Finding.broken(
        RULE,
        "A practice may only be a member of a CCG that is operational over the whole membership: "
            + why);
  }
}
