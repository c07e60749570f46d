package org.landscape.fhir.codes;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;

/**
 * The suite's half-open validity {@code [from, to)} as a FHIR Period, whose end is inclusive: the
 * last day is {@code to} minus one day. A null bound is an open end.
 */
public final class FhirPeriods {

  private FhirPeriods() {}

  public static Period of(LocalDate from, LocalDate to) {
    Period period = new Period();
    if (from != null) {
      period.setStartElement(day(from));
    }
    if (to != null) {
      period.setEndElement(day(to.minusDays(1)));
    }
    return period;
  }

  private static DateTimeType day(LocalDate date) {
    return new DateTimeType(date.toString());
  }
}
