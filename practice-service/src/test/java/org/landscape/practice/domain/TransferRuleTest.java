package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.landscape.practice.domain.Fixtures.ccg;
import static org.landscape.practice.domain.Fixtures.date;
import static org.landscape.practice.domain.Fixtures.membership;
import static org.landscape.practice.domain.Fixtures.practice;
import static org.landscape.practice.domain.Fixtures.timeline;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TransferRuleTest {

  private static final String OPERATIONAL =
      "A practice may only be a member of a CCG that is operational over the whole membership: ";

  /** Open since 2000, a member of 00C since 2013-04-01. */
  private static MembershipTimeline memberOf00C() {
    return timeline(practice("2000-01-01", null), membership("00C", "2013-04-01", null));
  }

  private static final CcgOperationalPeriod TARGET = ccg("00D", "2013-04-01", null);

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments(
            "a transfer from the current membership to an operational CCG",
            memberOf00C(),
            "00D",
            TARGET,
            "2014-04-01",
            TransferRule.RULE,
            null),
        arguments(
            "effective the day after the current membership began",
            memberOf00C(),
            "00D",
            TARGET,
            "2013-04-02",
            TransferRule.RULE,
            null),
        arguments(
            "effective the day the current membership began (another transfer came first)",
            memberOf00C(),
            "00D",
            TARGET,
            "2013-04-01",
            TransferRule.FROM_THE_LATEST,
            "Practice A83005 already has a membership from 2013-04-01 (another transfer came"
                + " first); history is never rewritten"),
        arguments(
            "effective the day before the practice opened",
            timeline(practice("2013-04-01", null), membership("00C", "2013-04-01", null)),
            "00D",
            TARGET,
            "2013-03-31",
            TransferRule.PRACTICE_OPEN,
            "Practice A83005 is not open on 2013-03-31, so it cannot transfer then"),
        arguments(
            "effective the last day the practice is open",
            timeline(
                practice("2000-01-01", "2019-04-01"),
                membership("00C", "2013-04-01", "2019-04-01")),
            "00D",
            TARGET,
            "2019-03-31",
            TransferRule.RULE,
            null),
        arguments(
            "effective the day the practice closes",
            timeline(
                practice("2000-01-01", "2019-04-01"),
                membership("00C", "2013-04-01", "2019-04-01")),
            "00D",
            TARGET,
            "2019-04-01",
            TransferRule.PRACTICE_OPEN,
            "Practice A83005 is not open on 2019-04-01, so it cannot transfer then"),
        arguments(
            "effective before the practice's first membership",
            memberOf00C(),
            "00D",
            TARGET,
            "2013-03-31",
            TransferRule.FROM_A_MEMBERSHIP,
            "Practice A83005 has no membership on 2013-03-31 to transfer from"),
        arguments(
            "from a membership that a later one follows",
            timeline(
                practice("2000-01-01", null),
                membership("00C", "2013-04-01", "2015-04-01"),
                membership("00E", "2015-04-01", null)),
            "00D",
            TARGET,
            "2014-06-01",
            TransferRule.FROM_THE_LATEST,
            "Practice A83005 already has a membership from 2015-04-01 (another transfer came"
                + " first); history is never rewritten"),
        arguments(
            "to the CCG it is already a member of",
            memberOf00C(),
            "00C",
            ccg("00C", "2013-04-01", null),
            "2014-04-01",
            TransferRule.TO_ANOTHER_CCG,
            "Practice A83005 is already a member of 00C on 2014-04-01"),
        arguments(
            "to a CCG that opens the day after the effective date",
            memberOf00C(),
            "00D",
            ccg("00D", "2014-04-02", null),
            "2014-04-01",
            OperationalCcgRule.RULE,
            OPERATIONAL
                + "CCG 00D was not yet operational on 2014-04-01 (it opened on 2014-04-02)"),
        arguments(
            "to a CCG that opens on the effective date",
            memberOf00C(),
            "00D",
            ccg("00D", "2014-04-01", null),
            "2014-04-01",
            TransferRule.RULE,
            null),
        arguments(
            "to a CCG that closes the day after the membership would end",
            timeline(
                practice("2000-01-01", "2021-01-01"),
                membership("00C", "2013-04-01", "2021-01-01")),
            "00D",
            ccg("00D", "2013-04-01", "2021-01-02"),
            "2014-04-01",
            TransferRule.RULE,
            null),
        arguments(
            "to a CCG that closes before the membership would end",
            timeline(
                practice("2000-01-01", "2021-01-01"),
                membership("00C", "2013-04-01", "2021-01-01")),
            "00D",
            ccg("00D", "2013-04-01", "2020-04-01"),
            "2014-04-01",
            OperationalCcgRule.RULE,
            OPERATIONAL + "CCG 00D is closed on 2014-04-01 (it closed on 2020-04-01)"),
        arguments(
            "to a CCG ccg-service says nothing of",
            memberOf00C(),
            "00D",
            null,
            "2014-04-01",
            OperationalCcgRule.RULE,
            OPERATIONAL + "CCG 00D does not exist"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void a_practice_transfers_from_its_latest_membership_while_open_to_an_operational_ccg(
      String scenario,
      MembershipTimeline timeline,
      String targetCode,
      CcgOperationalPeriod target,
      String effective,
      String rule,
      String detail) {
    Finding finding = TransferRule.check(timeline, targetCode, target, date(effective));

    assertThat(finding.rule()).isEqualTo(rule);
    assertThat(finding.satisfied()).isEqualTo(detail == null);
    assertThat(finding.detail()).isEqualTo(detail);
  }
}
