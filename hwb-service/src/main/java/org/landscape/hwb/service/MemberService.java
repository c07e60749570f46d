package org.landscape.hwb.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.common.changefeed.ChangeEvent;
import org.landscape.common.changefeed.ChangeEventRepository;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.domain.BoardSeatRules;
import org.landscape.hwb.domain.MemberFilter;
import org.landscape.hwb.domain.MemberRole;
import org.landscape.hwb.repository.BoardMemberRepository;

/**
 * The dated seats of the boards. A CCG representative's CCG must be operational, per ccg-service,
 * on the seat's first day; when ccg-service cannot say, nothing is written.
 */
@ApplicationScoped
public class MemberService {

  /** A seat to add, or the new state of a seat. */
  public record SeatCommand(
      String personName,
      MemberRole role,
      String ccgCode,
      LocalDate validFrom,
      LocalDate validTo,
      String icbCode) {

    /** A seat that names no ICB. */
    public SeatCommand(
        String personName,
        MemberRole role,
        String ccgCode,
        LocalDate validFrom,
        LocalDate validTo) {
      this(personName, role, ccgCode, validFrom, validTo, null);
    }
  }

  /** A CCG representative's seat, with its board's hosting council. */
  public record Representative(String boardCode, BoardMember seat) {}

  @Inject BoardLookup boards;
  @Inject BoardMemberRepository members;
  @Inject CcgRegister ccgs;
  @Inject MemberChanges changes;
  @Inject ChangeEventRepository changeEvents;
  @Inject ObjectMapper json;

  public Page<BoardMember> search(
      String code, MemberFilter filter, LocalDate asOf, PageRequest page) {
    boards.requireExists(code);
    return members.search(code, filter, asOf, page);
  }

  /**
   * The board's seats on the date as the suite had recorded them by the instant (from the seats'
   * change events), in the order of {@link #search}.
   */
  public Page<BoardMember> search(
      String code, MemberFilter filter, LocalDate asOf, Instant knownAt, PageRequest page) {
    boards.requireExists(code);
    List<BoardMember> seats = new ArrayList<>();
    for (ChangeEvent event :
        changeEvents.versionsAt(MemberChanges.RESOURCE_TYPE, code + "/", knownAt)) {
      if (event.changeType == ChangeType.DELETED) {
        continue;
      }
      BoardMember seat = seatOf(event);
      boolean validThen =
          !asOf.isBefore(seat.validFrom) && (seat.validTo == null || asOf.isBefore(seat.validTo));
      if (validThen && filter.admits(seat.role, seat.ccgCode)) {
        seats.add(seat);
      }
    }
    seats.sort(
        Comparator.comparing((BoardMember seat) -> seat.personName)
            .thenComparing(seat -> seat.role)
            .thenComparing(seat -> seat.id));
    return Page.of(seats, page);
  }

  private BoardMember seatOf(ChangeEvent event) {
    try {
      return json.readValue(event.payload, MemberChanges.MemberRecord.class).toSeat();
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException("A seat's change event cannot be read", unreadable);
    }
  }

  /** Every board's CCG representatives on the date, sorted by board and CCG. */
  public Page<Representative> representativesOn(LocalDate date, PageRequest page) {
    return representativesOn(MemberRole.CCG_REPRESENTATIVE, date, page);
  }

  /** Every board's seats of the role on the date, sorted by board and the body represented. */
  public Page<Representative> representativesOn(MemberRole role, LocalDate date, PageRequest page) {
    return members
        .representativesOn(role, date, page)
        .map(row -> new Representative((String) row[0], (BoardMember) row[1]));
  }

  public BoardMember get(String code, long id) {
    return members
        .ofAuthority(code, id)
        .orElseThrow(() -> ProblemException.notFound("Board member", code + "/" + id));
  }

  /**
   * Adds a seat: the local rules first, then a CCG representative's CCG with ccg-service before any
   * transaction opens (a slow peer must not hold a connection), then the write, which checks the
   * local rules again inside its transaction.
   */
  public BoardMember add(String code, SeatCommand request) {
    check(code, request, null);
    checkCcg(request);
    return store(code, request);
  }

  @Transactional
  BoardMember store(String code, SeatCommand request) {
    BoardMember seat = new BoardMember();
    assign(seat, check(code, request, null), request);
    members.persist(seat);
    members.flush();
    changes.created(seat, code);
    return seat;
  }

  /** Replaces a seat; a CCG representative's CCG is checked before any transaction opens. */
  public BoardMember replace(String code, long id, String ifMatch, SeatCommand request) {
    get(code, id);
    check(code, request, id);
    checkCcg(request);
    return storeReplacement(code, id, ifMatch, request);
  }

  @Transactional
  BoardMember storeReplacement(String code, long id, String ifMatch, SeatCommand request) {
    BoardMember seat = get(code, id);
    ETags.requireMatch(ifMatch, seat.version);
    assign(seat, check(code, request, id), request);
    members.flush();
    changes.updated(seat, code);
    return seat;
  }

  /** The board the seat belongs to, once the request keeps every rule. */
  private Board check(String code, SeatCommand request, Long seatId) {
    Board board = boards.forRecordStarting(code, request.validFrom(), "validFrom");
    ProblemException.requireNone(
        BoardSeatRules.check(
            board,
            request.role(),
            request.ccgCode(),
            request.icbCode(),
            request.validFrom(),
            request.validTo()));
    BoardMember proposed = new BoardMember();
    proposed.id = seatId;
    assign(proposed, board, request);
    members
        .clashing(proposed)
        .ifPresent(
            other -> {
              throw ProblemException.conflict(
                  proposed.personName
                      + " already holds a "
                      + proposed.role
                      + " seat on this board over an overlapping period (seat "
                      + other.id
                      + ")");
            });
    return board;
  }

  /** Asked outside the transaction: a slow peer must not hold a database connection. */
  private void checkCcg(SeatCommand request) {
    if (request.ccgCode() != null && request.validFrom() != null) {
      requireOperational(request.ccgCode(), request.validFrom());
    }
  }

  private void requireOperational(String ccgCode, LocalDate date) {
    CcgFacts.whyNotOperational(
            ccgs.lookup(
                date, List.of(ccgCode), "check that CCG " + ccgCode + " is operational on " + date),
            ccgCode,
            date)
        .ifPresent(
            reason -> {
              throw ProblemException.invalid(
                  "ccgCode", "must be a CCG operational on validFrom: " + reason);
            });
  }

  private static void assign(BoardMember seat, Board board, SeatCommand request) {
    seat.boardId = board.id;
    seat.personName = request.personName().strip();
    seat.role = request.role();
    seat.ccgCode = request.ccgCode();
    seat.icbCode = request.icbCode();
    seat.validFrom = request.validFrom();
    seat.validTo = request.validTo();
  }
}
