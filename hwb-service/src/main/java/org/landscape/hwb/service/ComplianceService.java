package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.landscape.hwb.client.CcgDirectory;
import org.landscape.hwb.client.CcgLookup;
import org.landscape.hwb.client.CcgSummary;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.repository.BoardMemberRepository;
import org.landscape.hwb.rest.ComplianceFinding;
import org.landscape.hwb.rest.ComplianceReport;

/**
 * Whether a board's membership on a date meets s194. Which CCGs are relevant is ccg-service's to
 * say; when it cannot be reached the check answers 503, never "compliant".
 */
@ApplicationScoped
public class ComplianceService {

  @Inject BoardLookup boards;
  @Inject BoardMemberRepository members;
  @Inject CcgDirectory ccgs;

  public ComplianceReport check(String code, LocalDate asOf) {
    Board board = boards.require(code, asOf);
    List<BoardMember> seats = members.on(board.id, asOf);
    String purpose = "check the membership of the board of " + code + " on " + asOf;
    List<CcgSummary> relevant = ccgs.covering(board.authorityCode, asOf, purpose);
    Map<String, CcgLookup.Result> irrelevant =
        ccgs.lookup(asOf, ComplianceRules.representedButIrrelevant(seats, relevant), purpose);
    List<ComplianceFinding> findings =
        ComplianceRules.evaluate(board, asOf, seats, relevant, irrelevant);
    long people =
        seats.stream().map(seat -> seat.personName.toLowerCase(Locale.ROOT)).distinct().count();
    return new ComplianceReport(
        board.authorityCode,
        board.name,
        asOf,
        board.stageOn(asOf).orElseThrow(),
        (int) people,
        findings.stream().allMatch(ComplianceFinding::passed),
        findings);
  }
}
