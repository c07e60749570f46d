package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.Validity;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardDateOrder;
import org.landscape.hwb.domain.BoardFilter;
import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.repository.BoardMemberRepository;
import org.landscape.hwb.repository.BoardRepository;
import org.landscape.hwb.repository.JointDocumentRepository;
import org.landscape.hwb.repository.LocalAuthorityRepository;
import org.landscape.hwb.repository.PlanOpinionRepository;

/** The Health and Wellbeing Boards, one per upper-tier council at a time. */
@ApplicationScoped
public class BoardService {

  /** A board to establish; null dates and name take their defaults. */
  public record NewBoardCommand(
      String authorityCode,
      String name,
      LocalDate shadowStart,
      LocalDate statutoryStart,
      LocalDate validFrom,
      LocalDate validTo) {}

  /** The new state of a board's editable fields. */
  public record BoardUpdateCommand(
      String name,
      LocalDate shadowStart,
      LocalDate statutoryStart,
      LocalDate validFrom,
      LocalDate validTo) {}

  @Inject BoardRepository boards;
  @Inject BoardLookup lookup;
  @Inject LocalAuthorityRepository authorities;
  @Inject BoardMemberRepository members;
  @Inject JointDocumentRepository documents;
  @Inject PlanOpinionRepository opinions;
  @Inject BoardChanges changes;

  public Page<Board> search(BoardFilter filter, LocalDate asOf, PageRequest page) {
    return boards.search(filter, asOf, page);
  }

  public Board get(String code, LocalDate asOf) {
    return lookup.require(code, asOf);
  }

  @Transactional
  public Board create(NewBoardCommand request) {
    LocalDate shadowStart =
        Objects.requireNonNullElse(request.shadowStart(), Board.DEFAULT_SHADOW_START);
    LocalDate statutoryStart =
        Objects.requireNonNullElse(request.statutoryStart(), Board.DEFAULT_STATUTORY_START);
    LocalDate validFrom = Objects.requireNonNullElse(request.validFrom(), shadowStart);
    List<FieldViolation> violations =
        new ArrayList<>(
            BoardDateOrder.check(shadowStart, statutoryStart, validFrom, request.validTo()));
    LocalAuthority host = authorities.findById(request.authorityCode());
    hostingProblem(host, request.authorityCode(), validFrom)
        .ifPresent(message -> violations.add(new FieldViolation("authorityCode", message)));
    ProblemException.requireNone(violations);
    requireNoOtherBoardOverlapping(host.code, validFrom, request.validTo(), null);

    String name = request.name() == null ? "" : request.name().strip();
    Board board =
        establish(
            host,
            name.isEmpty() ? defaultName(host) : name,
            shadowStart,
            statutoryStart,
            validFrom,
            request.validTo());
    boards.flush();
    return board;
  }

  /** Replaces the fields of the board valid on the date (without a date, the latest board). */
  @Transactional
  public Board update(String code, LocalDate asOf, String ifMatch, BoardUpdateCommand update) {
    Board board = lookup.require(code, asOf);
    ETags.requireMatch(ifMatch, board.version);
    ProblemException.requireNone(
        BoardDateOrder.check(
            update.shadowStart(), update.statutoryStart(), update.validFrom(), update.validTo()));
    requireNoOtherBoardOverlapping(code, update.validFrom(), update.validTo(), board.id);
    requireRecordsWithin(board, update.validFrom(), update.validTo());
    board.name = update.name().strip();
    board.shadowStart = update.shadowStart();
    board.statutoryStart = update.statutoryStart();
    board.validFrom = update.validFrom();
    board.validTo = update.validTo();
    boards.flush();
    changes.updated(board);
    return board;
  }

  /** Creates a board for a council whose eligibility has been checked, and records the change. */
  Board establish(
      LocalAuthority host,
      String name,
      LocalDate shadowStart,
      LocalDate statutoryStart,
      LocalDate validFrom,
      LocalDate validTo) {
    Board board = new Board();
    board.authorityCode = host.code;
    board.name = name;
    board.shadowStart = shadowStart;
    board.statutoryStart = statutoryStart;
    board.validFrom = validFrom;
    board.validTo = validTo;
    boards.persist(board);
    changes.created(board);
    return board;
  }

  static String defaultName(LocalAuthority host) {
    return host.name + " Health and Wellbeing Board";
  }

  /** Why the council cannot host a board from the date, if it cannot. */
  private static Optional<String> hostingProblem(
      LocalAuthority host, String code, LocalDate validFrom) {
    if (host == null) {
      return Optional.of("must name a council in the register: " + code + " is not one");
    }
    if (!host.hostsHealthAndWellbeingBoard()) {
      return Optional.of(
          "must be an upper-tier council: "
              + code
              + " is a district, whose county hosts the board");
    }
    if (!Validity.contains(host.validFrom, host.validTo, validFrom)) {
      return Optional.of("must be a council valid on the board's first day, " + validFrom);
    }
    return Optional.empty();
  }

  private void requireNoOtherBoardOverlapping(
      String code, LocalDate from, LocalDate to, Long exceptId) {
    List<Board> overlapping = boards.overlapping(code, from, to, exceptId);
    if (!overlapping.isEmpty()) {
      throw ProblemException.conflict(
          code
              + " already has a board over an overlapping period ("
              + overlapping.getFirst().period()
              + "); a council has one board at a time");
    }
  }

  /** A board's seats, documents and opinions must stay within its validity. */
  private void requireRecordsWithin(Board board, LocalDate from, LocalDate to) {
    long outside =
        members.countOutside(board.id, from, to)
            + documents.countOutside(board.id, from, to)
            + opinions.countOutside(board.id, from, to);
    if (outside > 0) {
      throw ProblemException.ruleViolated(
          "Rule BOARD_VALIDITY_COVERS_ITS_RECORDS: "
              + outside
              + " seats, documents or opinions of the board would fall outside the new validity;"
              + " end or move them first");
    }
  }
}
