package org.landscape.fhir.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.SupportedDates;

/**
 * A day asked by {@code date=}: {@code YYYY-MM-DD}, or {@code eqYYYY-MM-DD}. The suite answers for
 * one day at a time, so other prefixes and precisions are a 400.
 */
public final class DateParameter {

  private DateParameter() {}

  /** The day, or null when the parameter is absent. */
  public static LocalDate parse(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String day = value.strip();
    if (day.startsWith("eq")) {
      day = day.substring(2);
    }
    try {
      return SupportedDates.checked(LocalDate.parse(day));
    } catch (DateTimeParseException | IllegalArgumentException notADay) {
      throw ProblemException.invalid(name, "must be a day, YYYY-MM-DD (optionally eqYYYY-MM-DD)");
    }
  }
}
