package org.landscape.hwb.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.time.Validity;

/** A board's seats and documents are valid over ordered periods within the board's own. */
public final class WithinBoardValidity {

  private WithinBoardValidity() {}

  /** {@code validFrom} is a day the board is valid (the board was found by it). */
  public static List<FieldViolation> check(Board board, LocalDate validFrom, LocalDate validTo) {
    List<FieldViolation> violations = new ArrayList<>();
    if (!Validity.isOrdered(validFrom, validTo)) {
      violations.add(new FieldViolation("validTo", "must be after validFrom"));
    } else if (!board.covers(validFrom, validTo)) {
      violations.add(
          new FieldViolation(
              "validTo", "must be on or before " + board.validTo + ", when the board ends"));
    }
    return violations;
  }
}
