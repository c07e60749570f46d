package org.landscape.hwb.mapping;

import java.time.LocalDate;
import org.landscape.hwb.api.BoardView;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardStage;
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
        board.stageOn(date).map(BoardMapper::toApi).orElse(null));
  }

  /** A board's stage as hwb-api publishes it. */
  public static org.landscape.hwb.api.BoardStage toApi(BoardStage stage) {
    return stage == null ? null : org.landscape.hwb.api.BoardStage.valueOf(stage.name());
  }

  /** A stage asked for by a client, as the domain knows it. */
  public static BoardStage toDomain(org.landscape.hwb.api.BoardStage stage) {
    return stage == null ? null : BoardStage.valueOf(stage.name());
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
