package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.CommissionerEra;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.domain.IcbCover;
import org.landscape.hwb.domain.MemberRole;
import org.landscape.hwb.repository.BoardMemberRepository;
import org.landscape.hwb.repository.BoardRepository;
import org.landscape.hwb.repository.CcgSeatHandoverRepository;

/**
 * The boards' passage to s194 as amended by the Health and Care Act 2022, on a date from
 * 2022-07-01: each CCG representative's seat held on the date ends then, and each relevant ICB (one
 * whose sub-ICB locations cover part of the council) that the board does not seat gets a seat held
 * by its nominee (named 'Nominee of <ICB>') until the board ends. A CCG seat beginning on or after
 * the date (recorded before the ICBs were known, e.g. a merger's successor) is withdrawn: no CCG
 * exists to be represented. No official file records board seats, as for the CCG nominees of 2013.
 * Idempotent.
 */
@ApplicationScoped
public class IcbNominationService {

  /** The nominees seated, the relevant ICBs seated already, the CCG seats ended and withdrawn. */
  public record Result(
      LocalDate date,
      int boards,
      int seated,
      int seatedBefore,
      int ccgSeatsEnded,
      int ccgSeatsWithdrawn) {}

  @Inject CcgRegister ccgs;
  @Inject BoardRepository boards;
  @Inject BoardMemberRepository members;
  @Inject MemberChanges changes;
  @Inject CcgSeatHandoverRepository handovers;

  public Result nominate(LocalDate date) {
    if (date.isBefore(CommissionerEra.ICB_ERA_BEGINS)) {
      throw ProblemException.invalid(
          "date", "must not be before " + CommissionerEra.ICB_ERA_BEGINS + ", when the ICBs began");
    }
    // asked before the write transaction opens: a slow peer must not hold a connection
    String purpose = "find the ICBs relevant to each board";
    Map<String, List<CcgSummary>> coverage = ccgs.coverageOfEveryCouncil(date, purpose);
    Set<String> locations =
        coverage.values().stream()
            .flatMap(List::stream)
            .map(CcgSummary::code)
            .collect(Collectors.toCollection(TreeSet::new));
    Map<String, CcgLookup.Result> lookedUp = ccgs.lookup(date, locations, purpose);
    Map<String, List<IcbCover>> icbsByCouncil = new LinkedHashMap<>();
    coverage.forEach(
        (council, covering) ->
            icbsByCouncil.put(
                council,
                CcgFacts.icbsOf(covering.stream().map(c -> lookedUp.get(c.code())).toList())));
    return seat(date, icbsByCouncil);
  }

  @Transactional
  Result seat(LocalDate date, Map<String, List<IcbCover>> icbsByCouncil) {
    int seated = 0;
    int already = 0;
    int ended = 0;
    int withdrawn = 0;
    List<Board> onDate = boards.allOn(date);
    for (Board board : onDate) {
      for (BoardMember late : members.ccgSeatsFrom(board.id, date)) {
        if (!handovers.endedSeat(late.id)) {
          members.delete(late);
          members.flush();
          changes.deleted(late, board.authorityCode);
          withdrawn++;
        }
      }
      List<BoardMember> held = members.on(board.id, date);
      for (BoardMember seat : held) {
        if (seat.role == MemberRole.CCG_REPRESENTATIVE && seat.validFrom.isBefore(date)) {
          seat.validTo = date;
          members.flush();
          changes.updated(seat, board.authorityCode);
          ended++;
        }
      }
      Set<String> nominated =
          held.stream()
              .filter(seat -> seat.role == MemberRole.ICB_REPRESENTATIVE)
              .map(seat -> seat.icbCode)
              .collect(Collectors.toSet());
      for (IcbCover icb : icbsByCouncil.getOrDefault(board.authorityCode, List.of())) {
        if (nominated.contains(icb.code())) {
          already++;
          continue;
        }
        BoardMember seat = new BoardMember();
        seat.boardId = board.id;
        seat.personName = "Nominee of " + (icb.name() == null ? icb.code() : icb.name());
        seat.role = MemberRole.ICB_REPRESENTATIVE;
        seat.icbCode = icb.code();
        seat.validFrom = date.isBefore(board.validFrom) ? board.validFrom : date;
        seat.validTo = board.validTo;
        members.persist(seat);
        members.flush();
        changes.created(seat, board.authorityCode);
        seated++;
      }
    }
    return new Result(date, onDate.size(), seated, already, ended, withdrawn);
  }
}
