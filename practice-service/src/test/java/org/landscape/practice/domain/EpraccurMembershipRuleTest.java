package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.landscape.practice.domain.EpraccurMembershipRule.Action.CLOSE;
import static org.landscape.practice.domain.EpraccurMembershipRule.Action.JOIN;
import static org.landscape.practice.domain.EpraccurMembershipRule.Action.KEEP;
import static org.landscape.practice.domain.EpraccurMembershipRule.Action.ORPHAN;
import static org.landscape.practice.domain.EpraccurMembershipRule.Action.TRANSFER;
import static org.landscape.practice.domain.Fixtures.ccg;
import static org.landscape.practice.domain.Fixtures.date;
import static org.landscape.practice.domain.Fixtures.membership;
import static org.landscape.practice.domain.Fixtures.unknown;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EpraccurMembershipRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        "still a member of an open practice,           -,          -,          -",
        "left the commissioner while open,             2015-04-01, -,          2015-04-01",
        "practice closed and never left,                -,          2016-01-01, 2016-01-01",
        "left before the practice closed,              2015-04-01, 2016-01-01, 2015-04-01",
        "closed before the left date,                  2016-01-01, 2015-04-01, 2015-04-01",
        "left on the day it closed,                    2016-01-01, 2016-01-01, 2016-01-01",
      })
  void a_row_asserts_membership_until_it_left_or_closed_whichever_is_first(
      String scenario, String leftOn, String closeDate, String until) {
    assertThat(EpraccurMembershipRule.memberUntil(date(leftOn), date(closeDate)))
        .isEqualTo(date(until));
  }

  private static final CcgOperationalPeriod OPEN_00C = ccg("00C", "2013-04-01", null);
  private static final CcgOperationalPeriod OPEN_00D = ccg("00D", "2013-04-01", null);

  static Stream<Arguments> rows() {
    return Stream.of(
        // a practice new to the register
        arguments(
            "a first membership of an operational commissioner",
            "00C",
            "2013-04-01",
            null,
            null,
            OPEN_00C,
            JOIN,
            null),
        arguments(
            "a first membership begun the day the commissioner opened",
            "00C",
            "2013-04-01",
            "2016-01-01",
            null,
            OPEN_00C,
            JOIN,
            null),
        arguments(
            "a join date before the commissioner was operational",
            "00F",
            "2006-06-01",
            null,
            null,
            ccg("00F", "2013-04-01", null),
            ORPHAN,
            "CCG 00F was not yet operational on 2006-06-01 (it opened on 2013-04-01)"),
        arguments(
            "a membership ending the day the commissioner closed",
            "00C",
            "2013-04-01",
            "2020-04-01",
            null,
            ccg("00C", "2013-04-01", "2020-04-01"),
            JOIN,
            null),
        arguments(
            "a membership running a day past the commissioner's closure",
            "00C",
            "2013-04-01",
            "2020-04-02",
            null,
            ccg("00C", "2013-04-01", "2020-04-01"),
            ORPHAN,
            "CCG 00C is closed on 2013-04-01 (it closed on 2020-04-01)"),
        arguments(
            "a commissioner ccg-service says nothing of",
            "00C",
            "2013-04-01",
            null,
            null,
            null,
            ORPHAN,
            "CCG 00C is unknown to ccg-service"),
        arguments(
            "a commissioner ccg-service does not know",
            "00C",
            "2013-04-01",
            null,
            null,
            unknown("00C"),
            ORPHAN,
            "CCG 00C does not exist"),
        // the same commissioner as the register's latest membership
        arguments(
            "the same commissioner, nothing new",
            "00C",
            "2013-04-01",
            null,
            membership("00C", "2013-04-01", null),
            OPEN_00C,
            KEEP,
            null),
        arguments(
            "the same commissioner, the row now ends the open membership",
            "00C",
            "2013-04-01",
            "2016-01-01",
            membership("00C", "2013-04-01", null),
            OPEN_00C,
            CLOSE,
            null),
        arguments(
            "the same commissioner, the row's end is the membership's first day",
            "00C",
            "2013-04-01",
            "2013-04-01",
            membership("00C", "2013-04-01", null),
            OPEN_00C,
            KEEP,
            null),
        arguments(
            "the same commissioner, the membership has already ended",
            "00C",
            "2013-04-01",
            "2017-01-01",
            membership("00C", "2013-04-01", "2016-01-01"),
            OPEN_00C,
            KEEP,
            null),
        arguments(
            "the same commissioner, whatever ccg-service says now",
            "00C",
            "2013-04-01",
            null,
            membership("00C", "2013-04-01", null),
            null,
            KEEP,
            null),
        // another commissioner than the register's latest membership
        arguments(
            "another commissioner joined after the latest membership began",
            "00D",
            "2015-04-01",
            null,
            membership("00C", "2013-04-01", null),
            OPEN_00D,
            TRANSFER,
            null),
        arguments(
            "another commissioner joined the day after the latest membership began",
            "00D",
            "2013-04-02",
            null,
            membership("00C", "2013-04-01", null),
            OPEN_00D,
            TRANSFER,
            null),
        arguments(
            "another commissioner joined the day the latest membership began",
            "00D",
            "2013-04-01",
            null,
            membership("00C", "2013-04-01", null),
            OPEN_00D,
            ORPHAN,
            "joined 00D on 2013-04-01, not after its membership of 00C began on 2013-04-01"),
        arguments(
            "another commissioner joined before the latest membership began",
            "00D",
            "2013-03-31",
            null,
            membership("00C", "2013-04-01", null),
            ccg("00D", null, null),
            ORPHAN,
            "joined 00D on 2013-03-31, not after its membership of 00C began on 2013-04-01"),
        arguments(
            "another commissioner, not operational, is judged before the dates",
            "00D",
            "2013-04-01",
            null,
            membership("00C", "2013-04-01", null),
            null,
            ORPHAN,
            "CCG 00D is unknown to ccg-service"),
        arguments(
            "another commissioner joined while the latest membership still ran",
            "00D",
            "2015-04-01",
            null,
            membership("00C", "2013-04-01", "2016-01-01"),
            OPEN_00D,
            TRANSFER,
            null),
        arguments(
            "another commissioner joined the day the latest membership ended",
            "00D",
            "2015-04-01",
            null,
            membership("00C", "2013-04-01", "2015-04-01"),
            OPEN_00D,
            JOIN,
            null),
        arguments(
            "another commissioner joined after the latest membership ended",
            "00D",
            "2015-04-01",
            null,
            membership("00C", "2013-04-01", "2014-01-01"),
            OPEN_00D,
            JOIN,
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void a_row_s_commissioner_and_join_date_become_a_membership_or_an_orphan(
      String scenario,
      String commissioner,
      String joinDate,
      String memberUntil,
      Membership latest,
      CcgOperationalPeriod ccg,
      EpraccurMembershipRule.Action action,
      String reason) {
    EpraccurMembershipRule.Decision decision =
        EpraccurMembershipRule.interpret(
            commissioner, date(joinDate), date(memberUntil), latest, ccg);

    assertThat(decision.action()).isEqualTo(action);
    assertThat(decision.reason()).isEqualTo(reason);
  }
}
