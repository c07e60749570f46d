package org.landscape.hwb.mapping;

import java.time.LocalDate;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.rest.BoardViews.BoardView;
import org.landscape.hwb.rest.BoardViews.BulkBoardReport;
import org.landscape.hwb.service.BulkBoardService;

public final class BoardMapper {

  private BoardMapper() {}

  /** The board, with its stage on the date. */
  public static BoardView toView(Board board, LocalDate date) {
    return new BoardView(
        board.authorityCode,
        board.name,
        board.shadowStart,
        board.statutoryStart,
        board.validFrom,
        board.validTo,
        board.stageOn(date).orElse(null));
  }

  public static BulkBoardReport toReport(BulkBoardService.Result result) {
    return new BulkBoardReport(
        result.shadowStart(),
        result.statutoryStart(),
        result.eligibleAuthorities(),
        result.created(),
        result.unchanged());
  }
}
