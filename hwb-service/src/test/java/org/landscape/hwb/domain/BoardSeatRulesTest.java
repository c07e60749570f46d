package org.landscape.hwb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscape.common.problem.FieldViolation;

/**
 * The rules of a board seat kept without ccg-service: the CCG a seat names, and its dates within
 * the board's. Boards: Newcastle's, open from 2012-04-01; and one that ends on 2019-04-01.
 */
class BoardSeatRulesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      quoteCharacter = '"',
      textBlock =
          """
          # scenario; board ends; role; ccgCode; validFrom; validTo; violations (field=message|...)
          a CCG representative naming its CCG is fine; -; CCG_REPRESENTATIVE; 00G; 2013-04-01; -; -
          a CCG representative naming no CCG is refused; -; CCG_REPRESENTATIVE; -; 2013-04-01; -; ccgCode=is required for a CCG_REPRESENTATIVE: the CCG represented
          a councillor naming no CCG is fine; -; ELECTED_COUNCILLOR; -; 2013-04-01; -; -
          a councillor naming a CCG is refused; -; ELECTED_COUNCILLOR; 00G; 2013-04-01; -; ccgCode=must be absent: only a CCG_REPRESENTATIVE names a CCG
          a further member naming a CCG is refused; -; OTHER; 00G; 2013-04-01; -; ccgCode=must be absent: only a CCG_REPRESENTATIVE names a CCG
          a seat ending the day after it starts is fine; -; OTHER; -; 2013-04-01; 2013-04-02; -
          a seat ending on the day it starts is refused; -; OTHER; -; 2013-04-01; 2013-04-01; validTo=must be after validFrom
          a seat ending before it starts is refused; -; OTHER; -; 2013-04-01; 2013-03-31; validTo=must be after validFrom
          an open seat on an open board is fine; -; DIRECTOR_OF_PUBLIC_HEALTH; -; 2012-04-01; -; -
          an open seat on an ending board is refused; 2019-04-01; DIRECTOR_OF_PUBLIC_HEALTH; -; 2013-04-01; -; validTo=must be on or before 2019-04-01, when the board ends
          a seat ending the day before the board ends is fine; 2019-04-01; DIRECTOR_OF_PUBLIC_HEALTH; -; 2013-04-01; 2019-03-31; -
          a seat ending when the board ends is fine; 2019-04-01; DIRECTOR_OF_PUBLIC_HEALTH; -; 2013-04-01; 2019-04-01; -
          a seat ending the day after the board ends is refused; 2019-04-01; DIRECTOR_OF_PUBLIC_HEALTH; -; 2013-04-01; 2019-04-02; validTo=must be on or before 2019-04-01, when the board ends
          a seat starting on the board's first day is fine; 2019-04-01; HEALTHWATCH_REPRESENTATIVE; -; 2012-04-01; 2013-04-01; -
          a seat starting the day before the board is refused; 2019-04-01; HEALTHWATCH_REPRESENTATIVE; -; 2012-03-31; 2013-04-01; validTo=must be on or before 2019-04-01, when the board ends
          disordered dates are reported before the board's end; 2019-04-01; OTHER; -; 2019-05-01; 2019-04-02; validTo=must be after validFrom
          a CCG representative without a CCG and with disordered dates gets both; -; CCG_REPRESENTATIVE; -; 2013-04-01; 2013-04-01; ccgCode=is required for a CCG_REPRESENTATIVE: the CCG represented|validTo=must be after validFrom
          """)
  void a_seat_keeps_its_rules(
      String scenario,
      LocalDate boardEnds,
      MemberRole role,
      String ccgCode,
      LocalDate validFrom,
      LocalDate validTo,
      String violations) {
    Board board = new Board();
    board.authorityCode = "E08000021";
    board.validFrom = LocalDate.of(2012, 4, 1);
    board.validTo = boardEnds;

    assertThat(BoardSeatRules.check(board, role, ccgCode, validFrom, validTo))
        .containsExactlyElementsOf(expected(violations));
  }

  static List<FieldViolation> expected(String violations) {
    if (violations == null) {
      return List.of();
    }
    return Arrays.stream(violations.split("\\|"))
        .map(pair -> pair.split("=", 2))
        .map(pair -> new FieldViolation(pair[0], pair[1]))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      textBlock =
          """
          # scenario; role; ccgCode; icbCode; validFrom; violations (field=message|...)
          an ICB nominee naming its ICB from 2022-07-01 is fine; ICB_REPRESENTATIVE; -; QHM; 2022-07-01; -
          an ICB nominee naming no ICB is refused; ICB_REPRESENTATIVE; -; -; 2022-07-01; icbCode=is required for an ICB_REPRESENTATIVE: the ICB that nominated them
          an ICB nominee before 2022-07-01 is refused; ICB_REPRESENTATIVE; -; QHM; 2022-06-30; validFrom=ICBs were established on 2022-07-01: must not be before it
          a councillor naming an ICB is refused; ELECTED_COUNCILLOR; -; QHM; 2022-07-01; icbCode=must be absent: only an ICB_REPRESENTATIVE names an ICB
          a CCG representative from 2022-07-01 is refused; CCG_REPRESENTATIVE; 00G; -; 2022-07-01; validFrom=CCGs were abolished on 2022-07-01: from then a board seats a nominee of each relevant ICB (ICB_REPRESENTATIVE)
          a CCG representative until then is fine; CCG_REPRESENTATIVE; 00G; -; 2022-06-30; -
          """)
  void a_seat_keeps_to_its_era(
      String scenario,
      MemberRole role,
      String ccgCode,
      String icbCode,
      LocalDate validFrom,
      String violations) {
    Board board = new Board();
    board.authorityCode = "E08000021";
    board.validFrom = LocalDate.of(2012, 4, 1);
    assertThat(BoardSeatRules.check(board, role, ccgCode, icbCode, validFrom, null))
        .containsExactlyElementsOf(expected(violations));
  }
}
