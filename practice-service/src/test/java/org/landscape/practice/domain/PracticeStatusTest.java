package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PracticeStatusTest {

  @ParameterizedTest(name = "ODS status {0} is {1}")
  @CsvSource({"A, ACTIVE", "C, CLOSED", "D, DORMANT", "P, PROPOSED"})
  void the_ods_status_letters_name_a_practice_status(String letter, PracticeStatus status) {
    assertThat(PracticeStatus.ofOdsLetter(letter)).contains(status);
  }

  @ParameterizedTest(name = "''{0}'' is no status")
  @NullAndEmptySource
  @ValueSource(strings = {"a", "X", "AC", " A", "ACTIVE"})
  void anything_else_is_no_status(String letter) {
    assertThat(PracticeStatus.ofOdsLetter(letter)).isEmpty();
  }
}
