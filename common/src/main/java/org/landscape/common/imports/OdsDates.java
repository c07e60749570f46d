package org.landscape.common.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates as ODS files write them: {@code YYYYMMDD}, empty when open. A close date is the last
 * operational day, so the half-open end is the day after.
 */
public final class OdsDates {

  private static final DateTimeFormatter ODS =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private OdsDates() {}

  /** The date, null when empty; throws {@link IllegalArgumentException} when malformed. */
  public static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip(), ODS);
    } catch (DateTimeParseException malformed) {
      throw new IllegalArgumentException("'" + value + "' is not a date in the form YYYYMMDD");
    }
  }

  /** The half-open end {@code to} of a period whose last day is the ODS close date. */
  public static LocalDate endAfterClose(String closeDate) {
    LocalDate last = parse(closeDate);
    return last == null ? null : last.plusDays(1);
  }
}
