package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.domain.MemberRole;
import org.landscape.hwb.repository.BoardMemberRepository;
import org.landscape.hwb.repository.BoardRepository;

/**
 * Seats, on every board, the nominee of each relevant CCG the board does not seat on the date: the
 * seat that s194 requires, held for the CCG until it names its representative. No official file
 * records board seats; a national import needs them so that boards are compliant from the start.
 * Idempotent: a board that seats the CCG already gets nothing new.
 */
@ApplicationScoped
public class CcgNominationService {

  /** The nominees seated on the date's boards, and the relevant CCGs they seated already. */
  public record Result(LocalDate date, int boards, int seated, int seatedBefore) {}

  @Inject CcgRegister ccgs;
  @Inject BoardRepository boards;
  @Inject BoardMemberRepository members;
  @Inject MemberChanges changes;

  public Result nominate(LocalDate date) {
    // asked before the write transaction opens: a slow peer must not hold a connection
    Map<String, List<CcgSummary>> coverage =
        ccgs.coverageOfEveryCouncil(date, "find the CCGs relevant to each board");
    return seat(date, coverage);
  }

  @Transactional
  Result seat(LocalDate date, Map<String, List<CcgSummary>> coverage) {
    int seated = 0;
    int already = 0;
    List<Board> onDate = boards.allOn(date);
    for (Board board : onDate) {
      Set<String> represented =
          members.on(board.id, date).stream()
              .filter(seat -> seat.role == MemberRole.CCG_REPRESENTATIVE)
              .map(seat -> seat.ccgCode)
              .collect(Collectors.toSet());
      for (CcgSummary ccg : coverage.getOrDefault(board.authorityCode, List.of())) {
        if (represented.contains(ccg.code())) {
          already++;
          continue;
        }
        BoardMember seat = new BoardMember();
        seat.boardId = board.id;
        seat.personName = "Nominee of " + (ccg.name() == null ? ccg.code() : ccg.name());
        seat.role = MemberRole.CCG_REPRESENTATIVE;
        seat.ccgCode = ccg.code();
        seat.validFrom = date.isBefore(board.validFrom) ? board.validFrom : date;
        seat.validTo = board.validTo;
        members.persist(seat);
        members.flush();
        changes.created(seat, board.authorityCode);
        seated++;
      }
    }
    return new Result(date, onDate.size(), seated, already);
  }
}
