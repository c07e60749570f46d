package org.landscape.common.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OdsDatesTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"20130401, 2013-04-01", "' 20200331 ', 2020-03-31", "20240229, 2024-02-29"})
  void an_ods_date_is_yyyymmdd(String text, LocalDate date) {
    assertThat(OdsDates.parse(text)).isEqualTo(date);
  }

  @ParameterizedTest(name = "''{0}'' is open")
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void an_empty_date_is_open(String text) {
    assertThat(OdsDates.parse(text)).isNull();
    assertThat(OdsDates.endAfterClose(text)).isNull();
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @ValueSource(strings = {"2013-04-01", "20130431", "20230229", "2013041", "201304011", "abcdefgh"})
  void a_malformed_or_impossible_date_is_refused_naming_the_value(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OdsDates.parse(text))
        .withMessage("'" + text + "' is not a date in the form YYYYMMDD");
  }

  @ParameterizedTest(name = "closed on {0}: valid to {1}")
  @CsvSource({"20150331, 2015-04-01", "20231231, 2024-01-01", "20240228, 2024-02-29"})
  void a_close_date_is_the_last_operational_day(String close, LocalDate end) {
    assertThat(OdsDates.endAfterClose(close)).isEqualTo(end);
  }
}
