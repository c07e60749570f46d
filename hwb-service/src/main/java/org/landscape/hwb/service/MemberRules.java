package org.landscape.hwb.service;

import java.util.ArrayList;
import java.util.List;
import org.landscape.common.problem.FieldViolation;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.MemberRole;
import org.landscape.hwb.rest.MemberRequest;

/** The rules a seat keeps without asking ccg-service: its CCG, its dates within the board's. */
final class MemberRules {

  private MemberRules() {}

  static List<FieldViolation> check(Board board, MemberRequest request) {
    List<FieldViolation> violations = new ArrayList<>();
    boolean representsCcg = request.role() == MemberRole.CCG_REPRESENTATIVE;
    if (representsCcg && request.ccgCode() == null) {
      violations.add(
          new FieldViolation(
              "ccgCode", "is required for a CCG_REPRESENTATIVE: the CCG represented"));
    } else if (!representsCcg && request.ccgCode() != null) {
      violations.add(
          new FieldViolation("ccgCode", "must be absent: only a CCG_REPRESENTATIVE names a CCG"));
    }
    violations.addAll(DatedRecordRules.check(board, request.validFrom(), request.validTo()));
    return violations;
  }
}
