package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.reconfiguration.CcgHandover;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.domain.CcgSeatHandover;
import org.landscape.hwb.domain.MemberRole;
import org.landscape.hwb.repository.BoardMemberRepository;
import org.landscape.hwb.repository.BoardRepository;
import org.landscape.hwb.repository.CcgSeatHandoverRepository;

/**
 * hwb-service's part of a CCG merger or closure: on every board, the seats of the predecessors'
 * representatives end on the effective date and the successor is seated in their place (by the
 * first of them, unless the board seats the successor already). One transaction, idempotent, and
 * reversible exactly from what it records.
 */
@ApplicationScoped
public class CcgSeatHandoverService {

  /** The seats handed over by this request, by an earlier one, or given back (reversal). */
  public record Result(
      String successorCode,
      LocalDate effectiveDate,
      boolean dryRun,
      List<SeatHandover> handedOver,
      List<SeatHandover> handedOverBefore,
      List<SeatHandover> reverted) {}

  /** A predecessor's seat ended on the date, and the successor's seat begun in its place. */
  public record SeatHandover(
      String boardCode,
      String personName,
      String predecessorCode,
      long seatId,
      Long successorSeatId) {}

  @Inject CcgSeatHandoverRepository handovers;
  @Inject BoardMemberRepository members;
  @Inject BoardRepository boards;
  @Inject CcgRegister ccgs;
  @Inject MemberChanges changes;

  public Result hand(CcgHandover handover, boolean dryRun) {
    requireDistinct(handover);
    LocalDate date = handover.effectiveDate();
    // asked before the write transaction opens: a slow peer must not hold a connection
    CcgLookup.Result successor =
        ccgs.lookup(date, List.of(handover.successorCode()), "check the successor CCG")
            .get(handover.successorCode());
    if (successor == null || !successor.known() || !successor.operational()) {
      throw ProblemException.ruleViolated(
          "The boards cannot seat "
              + handover.successorCode()
              + ": it is not an operational CCG on "
              + date
              + " according to ccg-service");
    }
    return store(handover, dryRun);
  }

  @Transactional
  Result store(CcgHandover handover, boolean dryRun) {
    LocalDate date = handover.effectiveDate();
    List<FieldViolation> blocked = new ArrayList<>();
    for (BoardMember late : handovers.representativeSeatsFrom(handover.predecessorCodes(), date)) {
      blocked.add(
          new FieldViolation(
              "seats." + late.id,
              "represents "
                  + late.ccgCode
                  + " from "
                  + late.validFrom
                  + ", when it no longer exists; end or correct that seat first"));
    }
    if (!blocked.isEmpty()) {
      throw new ProblemException(
          ProblemType.RULE_VIOLATED,
          blocked.size() + " seats cannot be handed over; nothing was changed",
          blocked);
    }
    List<BoardMember> ending =
        handovers.representativeSeatsOn(handover.predecessorCodes(), date).stream()
            .filter(seat -> seat.validFrom.isBefore(date))
            .toList();
    Set<Long> seatedAlready = new HashSet<>();
    for (BoardMember seat :
        handovers.representativeSeatsOn(List.of(handover.successorCode()), date)) {
      seatedAlready.add(seat.boardId);
    }
    Map<Long, String> boardCodes = new LinkedHashMap<>();
    List<SeatHandover> handed = new ArrayList<>();
    for (BoardMember seat : ending) {
      String boardCode = boardCodes.computeIfAbsent(seat.boardId, this::boardCode);
      CcgSeatHandover record = new CcgSeatHandover();
      record.boardId = seat.boardId;
      record.predecessorCode = seat.ccgCode;
      record.successorCode = handover.successorCode();
      record.effectiveDate = date;
      record.endedSeatId = seat.id;
      record.endedSeatValidTo = seat.validTo;
      Long successorSeat = null;
      if (seatedAlready.add(seat.boardId) && !dryRun) {
        successorSeat = seatSuccessor(seat, handover.successorCode(), date, boardCode).id;
      }
      handed.add(
          new SeatHandover(boardCode, seat.personName, seat.ccgCode, seat.id, successorSeat));
      if (!dryRun) {
        seat.validTo = date;
        record.successorSeatId = successorSeat;
        handovers.persist(record);
        changes.updated(seat, boardCode);
      }
    }
    members.flush();
    List<SeatHandover> earlier =
        handovers.of(handover.predecessorCodes(), handover.successorCode(), date).stream()
            .filter(record -> handed.stream().noneMatch(h -> h.seatId() == record.endedSeatId))
            .map(record -> earlierView(record, boardCodes))
            .toList();
    return new Result(handover.successorCode(), date, dryRun, handed, earlier, List.of());
  }

  /** Undoes the handover: the successor's seats it began go, the seats it ended are held again. */
  @Transactional
  public Result reverse(CcgHandover handover, boolean dryRun) {
    requireDistinct(handover);
    LocalDate date = handover.effectiveDate();
    Map<Long, String> boardCodes = new LinkedHashMap<>();
    List<SeatHandover> reverted = new ArrayList<>();
    for (CcgSeatHandover record :
        handovers.of(handover.predecessorCodes(), handover.successorCode(), date)) {
      reverted.add(earlierView(record, boardCodes));
      if (dryRun) {
        continue;
      }
      String boardCode = boardCodes.get(record.boardId);
      BoardMember ended = members.findById(record.endedSeatId);
      Long successorSeatId = record.successorSeatId;
      handovers.delete(record);
      if (successorSeatId != null) {
        BoardMember begun = members.findById(successorSeatId);
        if (begun != null) {
          changes.deleted(begun, boardCode);
          members.delete(begun);
        }
      }
      members.flush();
      if (ended != null) {
        ended.validTo = record.endedSeatValidTo;
        changes.updated(ended, boardCode);
      }
    }
    members.flush();
    return new Result(handover.successorCode(), date, dryRun, List.of(), List.of(), reverted);
  }

  private BoardMember seatSuccessor(
      BoardMember predecessorSeat, String successorCode, LocalDate date, String boardCode) {
    BoardMember seat = new BoardMember();
    seat.boardId = predecessorSeat.boardId;
    seat.personName = predecessorSeat.personName;
    seat.role = MemberRole.CCG_REPRESENTATIVE;
    seat.ccgCode = successorCode;
    seat.validFrom = date;
    seat.validTo = predecessorSeat.validTo;
    members.persist(seat);
    members.flush();
    changes.created(seat, boardCode);
    return seat;
  }

  private SeatHandover earlierView(CcgSeatHandover record, Map<Long, String> boardCodes) {
    BoardMember ended = members.findById(record.endedSeatId);
    return new SeatHandover(
        boardCodes.computeIfAbsent(record.boardId, this::boardCode),
        ended == null ? null : ended.personName,
        record.predecessorCode,
        record.endedSeatId,
        record.successorSeatId);
  }

  private String boardCode(Long boardId) {
    Board board = boards.findById(boardId);
    return board.authorityCode;
  }

  private static void requireDistinct(CcgHandover handover) {
    if (handover.successorAmongPredecessors()) {
      throw ProblemException.invalid(
          "successorCode",
          "must not be one of the predecessors (" + handover.successorCode() + ")");
    }
  }
}
