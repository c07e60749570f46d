package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.landscape.practice.domain.Fixtures.ccg;
import static org.landscape.practice.domain.Fixtures.date;
import static org.landscape.practice.domain.Fixtures.unknown;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OperationalCcgRuleTest {

  private static final String PREFIX =
      "A practice may only be a member of a CCG that is operational over the whole membership: ";

  /** CCG 00C, operational over [2013-04-01, 2020-04-01). */
  private static final CcgOperationalPeriod CCG_00C = ccg("00C", "2013-04-01", "2020-04-01");

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments("a membership inside the CCG's life", CCG_00C, "2014-01-01", "2015-01-01", null),
        arguments(
            "a membership from the CCG's first day", CCG_00C, "2013-04-01", "2015-01-01", null),
        arguments(
            "a membership from the day before the CCG opened",
            CCG_00C,
            "2013-03-31",
            "2015-01-01",
            "CCG 00C was not yet operational on 2013-03-31 (it opened on 2013-04-01)"),
        arguments(
            "a membership ending on the day the CCG closes",
            CCG_00C,
            "2014-01-01",
            "2020-04-01",
            null),
        arguments(
            "a membership ending the day after the CCG closes",
            CCG_00C,
            "2014-01-01",
            "2020-04-02",
            "CCG 00C is closed on 2014-01-01 (it closed on 2020-04-01)"),
        arguments(
            "an open-ended membership begun the day before the CCG closes",
            CCG_00C,
            "2020-03-31",
            null,
            null),
        arguments(
            "an open-ended membership begun the day the CCG closes",
            CCG_00C,
            "2020-04-01",
            null,
            "CCG 00C is closed on 2020-04-01 (it closed on 2020-04-01)"),
        arguments("a CCG with no dates at all", ccg("00C", null, null), "1990-01-01", null, null),
        arguments(
            "a code ccg-service does not know",
            unknown("00C"),
            "2014-01-01",
            null,
            "CCG 00C does not exist"),
        arguments(
            "a code ccg-service says nothing of",
            null,
            "2014-01-01",
            null,
            "CCG 00C does not exist"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void a_member_practice_s_ccg_is_operational_over_the_whole_membership(
      String scenario, CcgOperationalPeriod ccg, String from, String to, String why) {
    Finding finding = OperationalCcgRule.check("00C", ccg, date(from), date(to));

    assertThat(finding.rule()).isEqualTo(OperationalCcgRule.RULE);
    assertThat(finding.satisfied()).isEqualTo(why == null);
    assertThat(finding.detail()).isEqualTo(why == null ? null : PREFIX + why);
  }
}
