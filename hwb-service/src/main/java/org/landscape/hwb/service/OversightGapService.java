package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.time.FinancialYear;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.CcgPlanOversight;
import org.landscape.hwb.repository.BoardRepository;
import org.landscape.hwb.repository.PlanOpinionRepository;

/**
 * For a financial year, the CCGs relevant to a board on the year's first day on whose plan the
 * board has given no opinion for that year. Relevance comes from ccg-service in at most two calls
 * for every board together; when it cannot be reached the query answers 503.
 */
@ApplicationScoped
public class OversightGapService {

  @Inject BoardLookup lookup;
  @Inject BoardRepository boards;
  @Inject PlanOpinionRepository opinions;
  @Inject CcgRegister ccgs;

  /**
   * The gaps of every board valid on the year's first day, or of one board when a code is given.
   */
  public Page<CcgPlanOversight.Gap> gaps(FinancialYear year, String boardCode, PageRequest page) {
    LocalDate firstDay = year.firstDay();
    String purpose = "find the CCGs relevant to the boards on " + firstDay;
    List<Board> inPlace;
    Map<String, List<CcgSummary>> coverage;
    if (boardCode == null) {
      inPlace = boards.allOn(firstDay);
      coverage = ccgs.coverageOfEveryCouncil(firstDay, purpose);
    } else {
      Board board = lookup.require(boardCode, firstDay);
      inPlace = List.of(board);
      coverage =
          Map.of(board.authorityCode, ccgs.operational(board.authorityCode, firstDay, purpose));
    }
    Map<Long, Set<String>> opined =
        opinions.ccgsWithOpinion(inPlace.stream().map(board -> board.id).toList(), year.toString());
    List<CcgPlanOversight.Gap> gaps =
        inPlace.stream()
            .map(
                board ->
                    CcgPlanOversight.gapOf(
                        board,
                        year,
                        CcgFacts.coversOn(
                            coverage.getOrDefault(board.authorityCode, List.of()), firstDay),
                        opined.getOrDefault(board.id, Set.of())))
            .flatMap(Optional::stream)
            .toList();
    return slice(gaps, page);
  }

  private static <T> Page<T> slice(List<T> all, PageRequest page) {
    int from = Math.min(page.offset, all.size());
    int to = Math.min(from + page.limit, all.size());
    return new Page<>(all.subList(from, to), all.size(), page.limit, page.offset);
  }
}
