package org.landscape.hwb.mapping;

import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.Finding;
import org.landscape.hwb.domain.StatutoryBoardMembership;
import org.landscape.hwb.rest.MemberViews.ComplianceFinding;
import org.landscape.hwb.rest.MemberViews.ComplianceReport;
import org.landscape.hwb.service.ComplianceService;

public final class ComplianceMapper {

  private ComplianceMapper() {}

  /** The board's statutory membership as assessed on a date, in the board's stage then. */
  public static ComplianceReport toReport(ComplianceService.Compliance compliance) {
    Board board = compliance.board();
    StatutoryBoardMembership.Assessment assessment = compliance.assessment();
    return new ComplianceReport(
        board.authorityCode,
        board.name,
        assessment.date(),
        BoardMapper.toApi(compliance.stage()),
        assessment.members(),
        assessment.compliant(),
        assessment.findings().stream().map(ComplianceMapper::toView).toList());
  }

  public static ComplianceFinding toView(Finding finding) {
    return new ComplianceFinding(
        finding.rule(),
        finding.role(),
        finding.ccgCode(),
        finding.ccgName(),
        finding.requirement(),
        finding.source(),
        finding.passed(),
        finding.reason());
  }
}
