package org.landscape.hwb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order of a board's dates: valid by its shadow start, shadow before statutory. */
class BoardDateOrderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      quoteCharacter = '"',
      textBlock =
          """
          # scenario; shadowStart; statutoryStart; validFrom; validTo; violations (field=message|...)
          the national dates are in order; 2012-04-01; 2013-04-01; 2012-04-01; -; -
          statutory on the day it starts in shadow is fine; 2012-04-01; 2012-04-01; 2012-04-01; -; -
          statutory the day before the shadow start is refused; 2012-04-01; 2012-03-31; 2012-04-01; -; statutoryStart=must not be before shadowStart
          valid the day before the shadow start is fine; 2012-04-01; 2013-04-01; 2012-03-31; -; -
          valid only from the day after the shadow start is refused; 2012-04-01; 2013-04-01; 2012-04-02; -; validFrom=must not be after shadowStart: the board is valid by then
          ending the day after it becomes valid is fine; 2012-04-01; 2013-04-01; 2012-04-01; 2012-04-02; -
          ending on the day it becomes valid is refused; 2012-04-01; 2013-04-01; 2012-04-01; 2012-04-01; validTo=must be after validFrom
          every date out of order is reported, in order; 2012-04-01; 2012-03-01; 2012-05-01; 2012-04-15; statutoryStart=must not be before shadowStart|validFrom=must not be after shadowStart: the board is valid by then|validTo=must be after validFrom
          """)
  void a_boards_dates_keep_their_order(
      String scenario,
      LocalDate shadowStart,
      LocalDate statutoryStart,
      LocalDate validFrom,
      LocalDate validTo,
      String violations) {
    assertThat(BoardDateOrder.check(shadowStart, statutoryStart, validFrom, validTo))
        .containsExactlyElementsOf(BoardSeatRulesTest.expected(violations));
  }
}
