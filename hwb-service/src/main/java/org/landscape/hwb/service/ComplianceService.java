package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.common.time.CommissionerEra;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.domain.BoardStage;
import org.landscape.hwb.domain.CcgCover;
import org.landscape.hwb.domain.CcgStanding;
import org.landscape.hwb.domain.IcbCover;
import org.landscape.hwb.domain.StatutoryBoardMembership;
import org.landscape.hwb.repository.BoardMemberRepository;

/**
 * Whether a board's membership on a date meets s194 (as amended from 2022-07-01). Which CCGs, and
 * then which ICBs, are relevant is ccg-service's to say; when it cannot be reached the check
 * answers 503, never "compliant".
 */
@ApplicationScoped
public class ComplianceService {

  /** The board, its stage on the date, and its membership then. */
  public record Compliance(
      Board board, BoardStage stage, StatutoryBoardMembership.Assessment assessment) {}

  @Inject BoardLookup boards;
  @Inject BoardMemberRepository members;
  @Inject CcgRegister ccgs;

  public Compliance check(String code, LocalDate asOf) {
    Board board = boards.require(code, asOf);
    List<BoardMember> seats = members.on(board.id, asOf);
    String purpose = "check the membership of the board of " + code + " on " + asOf;
    List<CcgSummary> covering = ccgs.operational(board.authorityCode, asOf, purpose);
    List<CcgCover> relevant = CcgFacts.coversOn(covering, asOf);
    Set<String> irrelevant =
        StatutoryBoardMembership.representedButIrrelevant(seats, relevant, asOf);
    Set<String> toLookUp = new TreeSet<>(irrelevant);
    boolean icbEra = CommissionerEra.on(asOf) == CommissionerEra.ICB;
    if (icbEra) {
      covering.forEach(location -> toLookUp.add(location.code()));
    }
    Map<String, CcgLookup.Result> lookedUp = ccgs.lookup(asOf, toLookUp, purpose);
    Map<String, CcgStanding> standings = new LinkedHashMap<>();
    irrelevant.forEach(ccg -> standings.put(ccg, CcgFacts.standing(lookedUp.get(ccg), ccg)));
    List<IcbCover> icbs = icbEra ? CcgFacts.icbsOf(lookedUp.values()) : List.of();
    StatutoryBoardMembership.Assessment assessment =
        StatutoryBoardMembership.assess(
            board.authorityCode, asOf, seats, relevant, standings, icbs);
    return new Compliance(board, board.stageOn(asOf).orElseThrow(), assessment);
  }
}
