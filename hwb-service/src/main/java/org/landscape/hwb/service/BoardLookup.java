package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.repository.BoardRepository;

/** Finds the board an authority's ONS code names, on a date or its latest. */
@ApplicationScoped
public class BoardLookup {

  @Inject BoardRepository boards;

  /** The board valid on the date; without a date, the authority's latest board. */
  public Board require(String code, LocalDate asOf) {
    if (asOf == null) {
      return boards.latest(code).orElseThrow(() -> noBoard(code));
    }
    Optional<Board> board = boards.on(code, asOf);
    if (board.isPresent()) {
      return board.get();
    }
    requireExists(code);
    throw new ProblemException(
        ProblemType.NOT_FOUND, "The board of " + code + " was not in place on " + asOf);
  }

  /**
   * The board a dated record starting on {@code date} belongs to: 404 when the authority has no
   * board at all, a validation failure of {@code field} when none is in place on the date.
   */
  public Board forRecordStarting(String code, LocalDate date, String field) {
    Optional<Board> board = boards.on(code, date);
    if (board.isPresent()) {
      return board.get();
    }
    Board latest = boards.latest(code).orElseThrow(() -> noBoard(code));
    throw ProblemException.invalid(
        field,
        "must be a day the board of "
            + code
            + " is in place (its latest board runs "
            + latest.period()
            + ")");
  }

  public void requireExists(String code) {
    if (boards.latest(code).isEmpty()) {
      throw noBoard(code);
    }
  }

  private static ProblemException noBoard(String code) {
    return ProblemException.notFound("Health and Wellbeing Board", code);
  }
}
