package org.landscape.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({
    "2013-04-01, 2013/14",
    "2014-03-31, 2013/14",
    "2014-04-01, 2014/15",
    "2013-03-31, 2012/13",
    "2013-01-01, 2012/13",
    "2013-12-31, 2013/14",
    "1999-04-01, 1999/00",
    "2000-03-31, 1999/00",
    "2024-02-29, 2023/24"
  })
  void a_date_belongs_to_the_year_that_began_on_the_last_first_of_april(
      LocalDate date, String year) {
    assertThat(FinancialYear.containing(date)).hasToString(year);
  }

  @ParameterizedTest(name = "{0} starts {1}, ends before {2}")
  @CsvSource({
    "2013/14, 2013-04-01, 2014-04-01",
    "1999/00, 1999-04-01, 2000-04-01",
    " 2021/22 , 2021-04-01, 2022-04-01"
  })
  void a_written_year_runs_from_1_april_to_the_next_1_april(
      String text, LocalDate first, LocalDate end) {
    FinancialYear year = FinancialYear.parse(text).orElseThrow();
    assertThat(year.firstDay()).isEqualTo(first);
    assertThat(year.end()).isEqualTo(end);
    assertThat(year).hasToString(text.strip());
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @NullAndEmptySource
  @ValueSource(
      strings = {"2013/15", "2013/13", "2013-14", "13/14", "2013/2014", "abcd/ef", "2013/4"})
  void a_year_that_is_not_two_consecutive_years_is_refused(String text) {
    assertThat(FinancialYear.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "[{0}, {1}) touches {2}")
  @CsvSource({
    "2013-04-01, 2014-04-01, 2013/14",
    "2013-04-01, 2014-04-02, 2013/14 2014/15",
    "2014-03-31, 2014-04-01, 2013/14",
    "2013-10-01, 2016-01-01, 2013/14 2014/15 2015/16",
    "2013-04-01, 2013-04-01, ''"
  })
  void a_period_spans_every_year_it_touches(LocalDate from, LocalDate to, String years) {
    List<String> expected = years.isBlank() ? List.of() : List.of(years.split(" "));
    assertThat(FinancialYear.spanning(from, to)).map(FinancialYear::toString).isEqualTo(expected);
  }
}
