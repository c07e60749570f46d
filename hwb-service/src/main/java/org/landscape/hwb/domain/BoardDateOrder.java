package org.landscape.hwb.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.time.Validity;

/** The order a board's dates must keep: valid by its shadow start, shadow before statutory. */
public final class BoardDateOrder {

  private BoardDateOrder() {}

  public static List<FieldViolation> check(
      LocalDate shadowStart, LocalDate statutoryStart, LocalDate validFrom, LocalDate validTo) {
    List<FieldViolation> violations = new ArrayList<>();
    if (statutoryStart.isBefore(shadowStart)) {
      violations.add(new FieldViolation("statutoryStart", "must not be before shadowStart"));
    }
    if (validFrom.isAfter(shadowStart)) {
      violations.add(
          new FieldViolation(
              "validFrom", "must not be after shadowStart: the board is valid by then"));
    }
    if (!Validity.isOrdered(validFrom, validTo)) {
      violations.add(new FieldViolation("validTo", "must be after validFrom"));
    }
    return violations;
  }
}
