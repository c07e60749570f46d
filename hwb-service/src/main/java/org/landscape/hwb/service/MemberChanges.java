package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.domain.MemberRole;

/** Records the change events of board seats, whoever makes the change (API, nominations, sagas). */
@ApplicationScoped
public class MemberChanges {

  public static final String RESOURCE_TYPE = "board-member";

  /** A seat as the change feed carries it. */
  public record MemberRecord(
      long id,
      String boardCode,
      String personName,
      MemberRole role,
      String ccgCode,
      LocalDate validFrom,
      LocalDate validTo,
      String icbCode) {

    static MemberRecord of(BoardMember seat, String boardCode) {
      return new MemberRecord(
          seat.id,
          boardCode,
          seat.personName,
          seat.role,
          seat.ccgCode,
          seat.validFrom,
          seat.validTo,
          seat.icbCode);
    }

    /** The seat as this record tells it: a detached copy, never to be written. */
    BoardMember toSeat() {
      BoardMember seat = new BoardMember();
      seat.id = id;
      seat.personName = personName;
      seat.role = role;
      seat.ccgCode = ccgCode;
      seat.icbCode = icbCode;
      seat.validFrom = validFrom;
      seat.validTo = validTo;
      return seat;
    }
  }

  @Inject ChangeFeed changeFeed;

  public void created(BoardMember seat, String boardCode) {
    record(seat, boardCode, ChangeType.CREATED);
  }

  public void updated(BoardMember seat, String boardCode) {
    record(seat, boardCode, ChangeType.UPDATED);
  }

  public void deleted(BoardMember seat, String boardCode) {
    record(seat, boardCode, ChangeType.DELETED);
  }

  private void record(BoardMember seat, String boardCode, ChangeType type) {
    changeFeed.record(
        RESOURCE_TYPE, boardCode + "/" + seat.id, type, MemberRecord.of(seat, boardCode));
  }
}
