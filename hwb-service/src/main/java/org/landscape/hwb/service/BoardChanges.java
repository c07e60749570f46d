package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.time.AsOf;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardStage;

/** Records the change events of boards, whoever makes the change. */
@ApplicationScoped
public class BoardChanges {

  public static final String RESOURCE_TYPE = "health-and-wellbeing-board";

  /** A board as the change feed carries it, with its stage on the day of the change. */
  public record BoardRecord(
      String code,
      String name,
      LocalDate shadowStart,
      LocalDate statutoryStart,
      LocalDate validFrom,
      LocalDate validTo,
      BoardStage stage) {

    static BoardRecord of(Board board, LocalDate date) {
      return new BoardRecord(
          board.authorityCode,
          board.name,
          board.shadowStart,
          board.statutoryStart,
          board.validFrom,
          board.validTo,
          board.stageOn(date).orElse(null));
    }
  }

  @Inject ChangeFeed changeFeed;

  public void created(Board board) {
    record(board, ChangeType.CREATED);
  }

  public void updated(Board board) {
    record(board, ChangeType.UPDATED);
  }

  private void record(Board board, ChangeType type) {
    changeFeed.record(
        RESOURCE_TYPE, board.authorityCode, type, BoardRecord.of(board, AsOf.orToday(null)));
  }
}
