package org.landscape.hwb.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.time.CommissionerEra;

/**
 * The rules a board seat keeps without asking ccg-service: a CCG representative names the CCG it
 * represents (an ICB representative the ICB) and no other role names one, each sits in its era
 * (CCGs until 2022-06-30, ICBs from 2022-07-01), and the seat lies within the board's validity.
 */
public final class BoardSeatRules {

  private BoardSeatRules() {}

  /** The seat's violations, for a seat that names no ICB. */
  public static List<FieldViolation> check(
      Board board, MemberRole role, String ccgCode, LocalDate validFrom, LocalDate validTo) {
    return check(board, role, ccgCode, null, validFrom, validTo);
  }

  /**
   * The seat's violations; {@code validFrom} is a day the board is valid. A CCG representative
   * names its CCG and sits from before 2022-07-01; an ICB representative names its ICB and sits
   * from 2022-07-01; no other role names either.
   */
  public static List<FieldViolation> check(
      Board board,
      MemberRole role,
      String ccgCode,
      String icbCode,
      LocalDate validFrom,
      LocalDate validTo) {
    List<FieldViolation> violations = new ArrayList<>();
    boolean representsCcg = role == MemberRole.CCG_REPRESENTATIVE;
    boolean representsIcb = role == MemberRole.ICB_REPRESENTATIVE;
    if (representsCcg && ccgCode == null) {
      violations.add(
          new FieldViolation(
              "ccgCode", "is required for a CCG_REPRESENTATIVE: the CCG represented"));
    } else if (!representsCcg && ccgCode != null) {
      violations.add(
          new FieldViolation("ccgCode", "must be absent: only a CCG_REPRESENTATIVE names a CCG"));
    }
    if (representsIcb && icbCode == null) {
      violations.add(
          new FieldViolation(
              "icbCode", "is required for an ICB_REPRESENTATIVE: the ICB that nominated them"));
    } else if (!representsIcb && icbCode != null) {
      violations.add(
          new FieldViolation("icbCode", "must be absent: only an ICB_REPRESENTATIVE names an ICB"));
    }
    LocalDate icbsBegin = CommissionerEra.ICB_ERA_BEGINS;
    if (validFrom != null && representsCcg && !validFrom.isBefore(icbsBegin)) {
      violations.add(
          new FieldViolation(
              "validFrom",
              "CCGs were abolished on "
                  + icbsBegin
                  + ": from then a board seats a nominee of each relevant ICB"
                  + " (ICB_REPRESENTATIVE)"));
    }
    if (validFrom != null && representsIcb && validFrom.isBefore(icbsBegin)) {
      violations.add(
          new FieldViolation(
              "validFrom", "ICBs were established on " + icbsBegin + ": must not be before it"));
    }
    violations.addAll(WithinBoardValidity.check(board, validFrom, validTo));
    return violations;
  }
}
