package org.landscape.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates the suite takes, from 0001-01-01 to 9999-12-31: the four-digit years that the database
 * stores and ISO 8601 writes without a sign. A date outside is a malformed request, not a date.
 */
public final class SupportedDates {

  public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
  public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  private SupportedDates() {}

  public static boolean contains(LocalDate date) {
    return !date.isBefore(FIRST) && !date.isAfter(LAST);
  }

  public static boolean contains(Instant instant) {
    return contains(LocalDate.ofInstant(instant, ZoneOffset.UTC));
  }

  /** The date itself, or IllegalArgumentException if it is outside the supported range. */
  public static LocalDate checked(LocalDate date) {
    if (!contains(date)) {
      throw new IllegalArgumentException(date + " is outside " + FIRST + " to " + LAST);
    }
    return date;
  }

  /** The instant itself, or IllegalArgumentException if its day is outside the supported range. */
  public static Instant checked(Instant instant) {
    if (!contains(instant)) {
      throw new IllegalArgumentException(instant + " is outside " + FIRST + " to " + LAST);
    }
    return instant;
  }
}
