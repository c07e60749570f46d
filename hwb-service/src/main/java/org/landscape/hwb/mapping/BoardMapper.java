package org.landscape.hwb.mapping;

import java.time.LocalDate;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.rest.BoardView;

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
}
