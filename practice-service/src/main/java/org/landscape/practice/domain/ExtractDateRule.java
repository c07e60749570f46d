package org.landscape.practice.domain;

import java.time.LocalDate;

/**
 * An epraccur file carries no date of its own, so its import is told the day it was extracted: a
 * day of the commissioning landscape (2013 on), and not in the future.
 */
public final class ExtractDateRule {

  public static final String RULE = "import.extract-date";
  public static final LocalDate EARLIEST = LocalDate.of(2013, 1, 1);

  private ExtractDateRule() {}

  /** The verdict; the detail is the message for the {@code extractDate} field. */
  public static Finding check(LocalDate extractDate, LocalDate today) {
    if (extractDate == null) {
      return Finding.broken(RULE, "is required: the day the file was extracted (YYYY-MM-DD)");
    }
    if (extractDate.isAfter(today)) {
      return Finding.broken(RULE, "must not be in the future (today is " + today + ")");
    }
    if (extractDate.isBefore(EARLIEST)) {
      return Finding.broken(RULE, "must not be before " + EARLIEST);
    }
    return Finding.holds(RULE);
  }
}
