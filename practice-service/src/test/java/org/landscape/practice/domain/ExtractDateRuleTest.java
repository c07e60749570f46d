package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.practice.domain.Fixtures.date;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractDateRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        "the shipped file's extract date, 2015-07-01, -",
        "today,                           2026-12-02, -",
        "the first day of 2013,           2013-01-01, -",
        "missing,                         -,          is required: the day the file was"
            + " extracted (YYYY-MM-DD)",
        "tomorrow,                        2026-12-03, must not be in the future (today is"
            + " 2026-12-02)",
        "the last day of 2012,            2012-12-31, must not be before 2013-01-01",
      })
  void an_extract_date_is_a_day_of_the_landscape_not_in_the_future(
      String scenario, String extractDate, String message) {
    Finding finding = ExtractDateRule.check(date(extractDate), date("2026-12-02"));

    assertThat(finding.satisfied()).isEqualTo(message == null);
    assertThat(finding.detail()).isEqualTo(message);
  }
}
