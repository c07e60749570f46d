package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.time.Validity;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.domain.CcgCoverage;
import org.landscape.hwb.mapping.CoverageChangeMapper;
import org.landscape.hwb.repository.BoardMemberRepository;
import org.landscape.hwb.repository.BoardRepository;
import org.landscape.hwb.repository.CcgCoverageRepository;
import org.landscape.hwb.repository.CoverageChangeRepository;
import org.landscape.hwb.rest.CoverageChangeView;

/**
 * The changes of the CCGs relevant to a board, as this service's own coverage record (kept from
 * ccg-service's change feed) has them: answered without calling ccg-service.
 */
@ApplicationScoped
public class CoverageChangeService {

  @Inject BoardLookup lookup;
  @Inject BoardRepository boards;
  @Inject BoardMemberRepository members;
  @Inject CcgCoverageRepository coverage;
  @Inject CoverageChangeRepository changes;

  /**
   * The council's coverage changes on days its boards were in place, oldest first, each added CCG
   * checked on {@code asOf} (or on the change's date, when later): is it represented, is it still
   * relevant. 404 when the council has never had a board.
   */
  public Page<CoverageChangeView> of(String code, LocalDate asOf, PageRequest page) {
    lookup.requireExists(code);
    List<Board> councilBoards = boards.ofAuthority(code);
    List<BoardMember> representatives = members.ccgRepresentativesOfAuthority(code);
    List<CcgCoverage> covering = coverage.ofAuthority(code);
    return changes
        .learnedByBoards(code, page)
        .map(
            change -> {
              LocalDate day = change.changeDate.isAfter(asOf) ? change.changeDate : asOf;
              Optional<Board> board =
                  councilBoards.stream().filter(b -> b.isValidOn(day)).findFirst();
              return CoverageChangeMapper.toView(
                  change,
                  day,
                  ccg ->
                      board.isPresent()
                          && representatives.stream()
                              .anyMatch(
                                  seat ->
                                      seat.boardId.equals(board.get().id)
                                          && ccg.equals(seat.ccgCode)
                                          && Validity.contains(seat.validFrom, seat.validTo, day)),
                  ccg ->
                      covering.stream().anyMatch(c -> c.ccgCode.equals(ccg) && c.isValidOn(day)));
            });
  }
}
