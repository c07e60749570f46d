package org.landscape.commissioning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CCGs commission until 30 June 2022, ICBs from 1 July 2022; others in both eras. */
class CommissionerEraRuleTest {

  @ParameterizedTest(name = "{0} over [{1}, {2}): {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CCG | 2013-04-01 | 2022-07-01 | ",
        "CCG | 2020-04-01 | 2021-04-01 | ",
        "CCG | 2013-04-01 | 2022-07-02 | CCGs were abolished on 2022-07-01: a CCG cannot"
            + " commission until 2022-07-02; from 2022-07-01 the ICB does",
        "CCG | 2015-04-01 | | CCGs were abolished on 2022-07-01: a CCG cannot commission without"
            + " an end; from 2022-07-01 the ICB does",
        "ICB | 2022-07-01 | | ",
        "ICB | 2023-04-01 | 2024-04-01 | ",
        "ICB | 2022-06-30 | | ICBs were established on 2022-07-01: an ICB cannot commission from"
            + " 2022-06-30",
        "NHS_ENGLAND | 2013-04-01 | | ",
        "LOCAL_AUTHORITY | 2013-04-01 | 2030-04-01 | ",
      })
  void a_ccg_or_an_icb_commissions_only_in_its_era(
      CommissionerKind kind, LocalDate from, LocalDate to, String breach) {
    assertThat(CommissionerEraRule.breach(kind, from, to).orElse(null)).isEqualTo(breach);
  }
}
