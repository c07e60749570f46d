package org.landscape.hwb.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.landscape.common.problem.FieldViolation;

/**
 * The rules a board seat keeps without asking ccg-service: a CCG representative names the CCG it
 * represents and no other role names one, and the seat lies within the board's validity.
 */
public final class BoardSeatRules {

  private BoardSeatRules() {}

  /** The seat's violations; {@code validFrom} is a day the board is valid. */
  public static List<FieldViolation> check(
      Board board, MemberRole role, String ccgCode, LocalDate validFrom, LocalDate validTo) {
    List<FieldViolation> violations = new ArrayList<>();
    boolean representsCcg = role == MemberRole.CCG_REPRESENTATIVE;
    if (representsCcg && ccgCode == null) {
      violations.add(
          new FieldViolation(
              "ccgCode", "is required for a CCG_REPRESENTATIVE: the CCG represented"));
    } else if (!representsCcg && ccgCode != null) {
      violations.add(
          new FieldViolation("ccgCode", "must be absent: only a CCG_REPRESENTATIVE names a CCG"));
    }
    violations.addAll(WithinBoardValidity.check(board, validFrom, validTo));
    return violations;
  }
}
