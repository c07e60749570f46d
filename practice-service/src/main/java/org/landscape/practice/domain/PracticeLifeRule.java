package org.landscape.practice.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A practice has a commissioner only while it is open: its first membership begins on or after it
 * opened and before it closed, and it cannot close on or before the day its first membership began
 * (a closure ends whatever membership it is in then).
 */
public final class PracticeLifeRule {

  public static final String STARTS_WHILE_OPEN = "membership.starts-while-open";
  public static final String CLOSES_AFTER_FIRST = "membership.closes-after-first";

  private PracticeLifeRule() {}

  /** Whether the first membership may begin on the date; the detail is the field message. */
  public static Finding firstMembershipFrom(Practice practice, LocalDate memberFrom) {
    if (practice.openDate != null && memberFrom.isBefore(practice.openDate)) {
      return Finding.broken(
          STARTS_WHILE_OPEN, "must not be before the practice opened on " + practice.openDate);
    }
    if (practice.closeDate != null && !memberFrom.isBefore(practice.closeDate)) {
      return Finding.broken(
          STARTS_WHILE_OPEN, "must be before the practice closed on " + practice.closeDate);
    }
    return Finding.holds(STARTS_WHILE_OPEN);
  }

  /** Whether the practice may close on the date (null: reopen), given its first day in a CCG. */
  public static Finding closingOn(
      Practice practice, Optional<LocalDate> firstDay, LocalDate close) {
    if (close != null && firstDay.isPresent() && !close.isAfter(firstDay.get())) {
      return Finding.broken(
          CLOSES_AFTER_FIRST,
          "Practice "
              + practice.code
              + " has a membership from "
              + firstDay.get()
              + "; it cannot close on or before that");
    }
    return Finding.holds(CLOSES_AFTER_FIRST);
  }
}
