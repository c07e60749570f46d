package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.time.Validity;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.domain.CcgCoverage;
import org.landscape.hwb.domain.CoverageChange;
import org.landscape.hwb.repository.BoardMemberRepository;
import org.landscape.hwb.repository.BoardRepository;
import org.landscape.hwb.repository.CcgCoverageRepository;
import org.landscape.hwb.repository.CoverageChangeRepository;

/**
 * The changes of the CCGs relevant to a board, as this service's own coverage record (kept from
 * ccg-service's change feed) has them: answered without calling ccg-service.
 */
@ApplicationScoped
public class CoverageChangeService {

  /**
   * A coverage change checked on {@code checkedOn}: of the CCGs it added, those the board seats a
   * representative for then, and those still relevant then.
   */
  public record CheckedChange(
      CoverageChange change, LocalDate checkedOn, Set<String> seated, Set<String> relevant) {}

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
  public Page<CheckedChange> of(String code, LocalDate asOf, PageRequest page) {
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
              Set<String> seated =
                  Arrays.stream(change.added)
                      .filter(
                          ccg ->
                              board.isPresent()
                                  && representatives.stream()
                                      .anyMatch(
                                          seat ->
                                              seat.boardId.equals(board.get().id)
                                                  && ccg.equals(seat.ccgCode)
                                                  && Validity.contains(
                                                      seat.validFrom, seat.validTo, day)))
                      .collect(Collectors.toSet());
              Set<String> relevant =
                  Arrays.stream(change.added)
                      .filter(
                          ccg ->
                              covering.stream()
                                  .anyMatch(c -> c.ccgCode.equals(ccg) && c.isValidOn(day)))
                      .collect(Collectors.toSet());
              return new CheckedChange(change, day, seated, relevant);
            });
  }
}
