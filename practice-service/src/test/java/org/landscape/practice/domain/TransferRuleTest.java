package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.landscape.practice.domain.Fixtures.ccg;
import static org.landscape.practice.domain.Fixtures.date;
import static org.landscape.practice.domain.Fixtures.history;
import static org.landscape.practice.domain.Fixtures.practice;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TransferRuleTest {

  private static final String OPERATIONAL =
      "A practice may only be a member of a CCG that is operational over the whole membership: ";

  private static final Practice OPEN_SINCE_2000 = practice("2000-01-01", null);
  private static final Practice CLOSES_2019 = practice("2000-01-01", "2019-04-01");
  private static final Practice CLOSES_2021 = practice("2000-01-01", "2021-01-01");

  private static final CcgOperationalPeriod TARGET = ccg("00D", "2013-04-01", null);

  static Stream<Arguments> cases() {
    return Stream.of(
        arguments(
            "a transfer from the current membership to an operational CCG",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00C@2013-04-01"),
            "00D",
            TARGET,
            null,
            "2014-04-01",
            TransferRule.RULE,
            null),
        arguments(
            "effective the day after the current membership began",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00C@2013-04-01"),
            "00D",
            TARGET,
            null,
            "2013-04-02",
            TransferRule.RULE,
            null),
        arguments(
            "effective the day another fact holds (a conflict)",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00C@2013-04-01"),
            "00D",
            TARGET,
            null,
            "2013-04-01",
            TransferRule.ONE_FACT_A_DAY,
            "Practice A83005 already has a membership of 00C asserted from 2013-04-01 (fact 1,"
                + " epraccur line 1); correct or withdraw that fact instead"),
        arguments(
            "back-dated into a membership that a later fact follows: it splits it",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00C@2013-04-01", "00E@2015-04-01"),
            "00D",
            TARGET,
            null,
            "2014-06-01",
            TransferRule.RULE,
            null),
        arguments(
            "back-dated to a CCG that closes once the later fact holds",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00C@2013-04-01", "00E@2015-04-01"),
            "00D",
            ccg("00D", "2013-04-01", "2015-04-01"),
            null,
            "2014-06-01",
            TransferRule.RULE,
            null),
        arguments(
            "back-dated to a CCG that closes before the later fact holds",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00C@2013-04-01", "00E@2015-04-01"),
            "00D",
            ccg("00D", "2013-04-01", "2015-03-31"),
            null,
            "2014-06-01",
            OperationalCcgRule.RULE,
            OPERATIONAL + "CCG 00D is closed on 2014-06-01 (it closed on 2015-03-31)"),
        arguments(
            "to a CCG that closes later and hands its practices to a successor recorded here",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00M@2013-04-01"),
            "00K",
            ccg("00K", "2013-04-01", "2020-04-01"),
            date("2020-04-01"),
            "2014-06-01",
            TransferRule.RULE,
            null),
        arguments(
            "open-ended to a CCG that closes later with no successor recorded yet (flagged if"
                + " none comes)",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00M@2013-04-01"),
            "00K",
            ccg("00K", "2013-04-01", "2020-04-01"),
            null,
            "2014-06-01",
            TransferRule.RULE,
            null),
        arguments(
            "effective the day before the practice opened",
            practice("2013-04-01", null),
            history(practice("2013-04-01", null), "00C@2013-04-01"),
            "00D",
            TARGET,
            null,
            "2013-03-31",
            TransferRule.PRACTICE_OPEN,
            "Practice A83005 is not open on 2013-03-31, so it cannot transfer then"),
        arguments(
            "effective the last day the practice is open",
            CLOSES_2019,
            history(CLOSES_2019, "00C@2013-04-01"),
            "00D",
            TARGET,
            null,
            "2019-03-31",
            TransferRule.RULE,
            null),
        arguments(
            "effective the day the practice closes",
            CLOSES_2019,
            history(CLOSES_2019, "00C@2013-04-01"),
            "00D",
            TARGET,
            null,
            "2019-04-01",
            TransferRule.PRACTICE_OPEN,
            "Practice A83005 is not open on 2019-04-01, so it cannot transfer then"),
        arguments(
            "effective before the practice's first membership",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00C@2013-04-01"),
            "00D",
            TARGET,
            null,
            "2013-03-31",
            TransferRule.FROM_A_MEMBERSHIP,
            "Practice A83005 has no membership on 2013-03-31 to transfer from"),
        arguments(
            "to the CCG it is already a member of",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00C@2013-04-01"),
            "00C",
            ccg("00C", "2013-04-01", null),
            null,
            "2014-04-01",
            TransferRule.TO_ANOTHER_CCG,
            "Practice A83005 is already a member of 00C on 2014-04-01"),
        arguments(
            "to the CCG a succession carried it to",
            OPEN_SINCE_2000,
            history(
                OPEN_SINCE_2000,
                List.of(Handover.of("00C", "16C", date("2020-04-01"))),
                "00C@2013-04-01"),
            "16C",
            ccg("16C", "2020-04-01", null),
            null,
            "2021-01-01",
            TransferRule.TO_ANOTHER_CCG,
            "Practice A83005 is already a member of 16C on 2021-01-01"),
        arguments(
            "to a CCG that opens the day after the effective date",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00C@2013-04-01"),
            "00D",
            ccg("00D", "2014-04-02", null),
            null,
            "2014-04-01",
            OperationalCcgRule.RULE,
            OPERATIONAL
                + "CCG 00D was not yet operational on 2014-04-01 (it opened on 2014-04-02)"),
        arguments(
            "to a CCG that opens on the effective date",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00C@2013-04-01"),
            "00D",
            ccg("00D", "2014-04-01", null),
            null,
            "2014-04-01",
            TransferRule.RULE,
            null),
        arguments(
            "to a CCG that closes the day after the practice closes",
            CLOSES_2021,
            history(CLOSES_2021, "00C@2013-04-01"),
            "00D",
            ccg("00D", "2013-04-01", "2021-01-02"),
            null,
            "2014-04-01",
            TransferRule.RULE,
            null),
        arguments(
            "to a CCG ccg-service says nothing of",
            OPEN_SINCE_2000,
            history(OPEN_SINCE_2000, "00C@2013-04-01"),
            "00D",
            null,
            null,
            "2014-04-01",
            OperationalCcgRule.RULE,
            OPERATIONAL + "CCG 00D does not exist"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void a_practice_transfers_on_any_day_of_its_open_life_to_a_ccg_operational_while_it_holds(
      String scenario,
      Practice practice,
      MembershipHistory history,
      String targetCode,
      CcgOperationalPeriod target,
      java.time.LocalDate targetHandsOverOn,
      String effective,
      String rule,
      String detail) {
    Finding finding =
        TransferRule.check(
            practice, history, targetCode, target, targetHandsOverOn, date(effective));

    assertThat(finding.rule()).isEqualTo(rule);
    assertThat(finding.satisfied()).isEqualTo(detail == null);
    assertThat(finding.detail()).isEqualTo(detail);
  }
}
