package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.practice.domain.Fixtures.date;
import static org.landscape.practice.domain.Fixtures.practice;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PracticeLifeRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        "first day the practice is open,          2000-01-01, 2016-04-01, 2000-01-01, -",
        "day before the practice opened,          2000-01-01, 2016-04-01, 1999-12-31,"
            + " must not be before the practice opened on 2000-01-01",
        "last day the practice is open,           2000-01-01, 2016-04-01, 2016-03-31, -",
        "day the practice closes,                 2000-01-01, 2016-04-01, 2016-04-01,"
            + " must be before the practice closed on 2016-04-01",
        "practice without open or close dates,    -,          -,          1950-01-01, -",
      })
  void the_first_membership_begins_while_the_practice_is_open(
      String scenario, String open, String close, String memberFrom, String message) {
    Finding finding = PracticeLifeRule.firstMembershipFrom(practice(open, close), date(memberFrom));

    assertThat(finding.rule()).isEqualTo(PracticeLifeRule.STARTS_WHILE_OPEN);
    assertThat(finding.satisfied()).isEqualTo(message == null);
    assertThat(finding.detail()).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        "closing the day after the first membership began, 2013-04-01, 2013-04-02, true",
        "closing the day the first membership began,       2013-04-01, 2013-04-01, false",
        "closing the day before the first membership began, 2013-04-01, 2013-03-31, false",
        "closing years later (it ends the membership then), 2013-04-01, 2019-04-01, true",
        "reopening (no close date),                        2013-04-01, -,          true",
        "a practice without memberships closing any day,   -,          2000-01-01, true",
      })
  void a_practice_closes_only_after_its_first_membership_began(
      String scenario, String firstDay, String close, boolean allowed) {
    Finding finding =
        PracticeLifeRule.closingOn(
            practice("2000-01-01", null), Optional.ofNullable(date(firstDay)), date(close));

    assertThat(finding.rule()).isEqualTo(PracticeLifeRule.CLOSES_AFTER_FIRST);
    assertThat(finding.satisfied()).isEqualTo(allowed);
    assertThat(finding.detail())
        .isEqualTo(
            allowed
                ? null
                : "Practice A83005 has a membership from 2013-04-01; it cannot close on or before"
                    + " that");
  }
}
