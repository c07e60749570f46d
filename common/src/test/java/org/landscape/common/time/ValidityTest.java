package org.landscape.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidityTest {

  @ParameterizedTest(name = "[{0}, {1}) contains {2}: {3}")
  @CsvSource({
    "2013-04-01, 2015-04-01, 2013-04-01, true",
    "2013-04-01, 2015-04-01, 2015-03-31, true",
    "2013-04-01, 2015-04-01, 2015-04-01, false",
    "2013-04-01, 2015-04-01, 2013-03-31, false",
    "2013-04-01,           , 2099-01-01, true",
    "          , 2015-04-01, 1900-01-01, true",
    "          ,           , 2020-01-01, true"
  })
  void a_period_is_half_open(LocalDate from, LocalDate to, LocalDate date, boolean contains) {
    assertThat(Validity.contains(from, to, date)).isEqualTo(contains);
  }

  @ParameterizedTest(name = "[{0}, {1}) ordered: {2}")
  @CsvSource({
    "2013-04-01, 2013-04-02, true",
    "2013-04-01, 2013-04-01, false",
    "2013-04-02, 2013-04-01, false",
    "2013-04-01,           , true",
    "          , 2013-04-01, true"
  })
  void a_period_ends_after_it_starts(LocalDate from, LocalDate to, boolean ordered) {
    assertThat(Validity.isOrdered(from, to)).isEqualTo(ordered);
  }
}
