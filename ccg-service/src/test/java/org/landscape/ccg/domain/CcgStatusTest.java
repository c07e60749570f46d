package org.landscape.ccg.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A CCG's status on a date, from its operational period {@code [openDate, closeDate)}. */
class CcgStatusTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          the day before it opens it is proposed            | 2013-04-01 | 2015-04-01 | 2013-03-31 | PROPOSED
          long before it opens it is proposed               | 2013-04-01 | 2015-04-01 | 2011-06-15 | PROPOSED
          its opening day is its first operational day      | 2013-04-01 | 2015-04-01 | 2013-04-01 | OPERATIONAL
          between opening and closing it is operational     | 2013-04-01 | 2015-04-01 | 2014-06-01 | OPERATIONAL
          the day before it closes is its last operational day | 2013-04-01 | 2015-04-01 | 2015-03-31 | OPERATIONAL
          its close date is its first closed day            | 2013-04-01 | 2015-04-01 | 2015-04-01 | CLOSED
          long after it closes it is closed                 | 2013-04-01 | 2015-04-01 | 2021-04-01 | CLOSED
          without an open date it was always operational    |            | 2015-04-01 | 1990-01-01 | OPERATIONAL
          without an open date it still closes              |            | 2015-04-01 | 2015-04-01 | CLOSED
          without a close date it stays operational         | 2013-04-01 |            | 2099-12-31 | OPERATIONAL
          without a close date it is still proposed before opening | 2013-04-01 |      | 2013-03-31 | PROPOSED
          without either date it is operational             |            |            | 2013-04-01 | OPERATIONAL
          closing on its opening day: proposed the day before | 2013-04-01 | 2013-04-01 | 2013-03-31 | PROPOSED
          closing on its opening day: closed, never operational | 2013-04-01 | 2013-04-01 | 2013-04-01 | CLOSED
          """)
  void statusOnADate(
      String scenario, LocalDate open, LocalDate close, LocalDate date, CcgStatus expected) {
    Ccg ccg = ccg(open, close);

    assertThat(ccg.statusOn(date)).isEqualTo(expected);
    assertThat(CcgStatus.of(open, close, date)).isEqualTo(expected);
    assertThat(ccg.isOperationalOn(date)).isEqualTo(expected == CcgStatus.OPERATIONAL);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          exactly its operational period                       | 2013-04-01 | 2015-04-01 | 2013-04-01 | 2015-04-01 | true
          a period inside it                                   | 2013-04-01 | 2015-04-01 | 2014-01-01 | 2014-06-01 | true
          starting the day before it opens                     | 2013-04-01 | 2015-04-01 | 2013-03-31 | 2014-01-01 | false
          ending the day after it closes                       | 2013-04-01 | 2015-04-01 | 2014-01-01 | 2015-04-02 | false
          an open-ended period while it has a close date       | 2013-04-01 | 2015-04-01 | 2014-01-01 |            | false
          starting on its close date                           | 2013-04-01 | 2015-04-01 | 2015-04-01 | 2015-05-01 | false
          an open-ended period with no close date              | 2013-04-01 |            | 2014-01-01 |            | true
          an open-ended period starting before it opens        | 2013-04-01 |            | 2013-03-31 |            | false
          any start when it has no open date                   |            | 2015-04-01 | 1990-01-01 | 2015-04-01 | true
          a period of one day, its last                        | 2013-04-01 | 2015-04-01 | 2015-03-31 | 2015-04-01 | true
          """)
  void operationalThroughoutAPeriod(
      String scenario,
      LocalDate open,
      LocalDate close,
      LocalDate from,
      LocalDate to,
      boolean expected) {
    assertThat(ccg(open, close).isOperationalThroughout(from, to)).isEqualTo(expected);
  }

  private static Ccg ccg(LocalDate open, LocalDate close) {
    Ccg ccg = new Ccg();
    ccg.code = "00C";
    ccg.name = "NHS Darlington";
    ccg.openDate = open;
    ccg.closeDate = close;
    return ccg;
  }
}
