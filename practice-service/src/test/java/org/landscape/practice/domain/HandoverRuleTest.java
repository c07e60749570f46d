package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.landscape.practice.domain.Fixtures.ccg;
import static org.landscape.practice.domain.Fixtures.date;
import static org.landscape.practice.domain.Fixtures.membership;
import static org.landscape.practice.domain.Fixtures.practice;
import static org.landscape.practice.domain.Fixtures.timeline;
import static org.landscape.practice.domain.Fixtures.unknown;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HandoverRuleTest {

  private static final String HANDOVER = "2015-04-01";

  static Stream<Arguments> successors() {
    return Stream.of(
        arguments("a successor that opens on the handover date", ccg("13T", HANDOVER, null), null),
        arguments(
            "a successor that opened earlier and closes the day after",
            ccg("13T", "2013-04-01", "2015-04-02"),
            null),
        arguments(
            "a successor that opens the day after the handover date",
            ccg("13T", "2015-04-02", null),
            "CCG 13T was not yet operational on 2015-04-01 (it opened on 2015-04-02)"),
        arguments(
            "a successor that closes on the handover date",
            ccg("13T", "2013-04-01", HANDOVER),
            "CCG 13T is closed on 2015-04-01 (it closed on 2015-04-01)"),
        arguments(
            "a successor ccg-service does not know", unknown("13T"), "CCG 13T does not exist"),
        arguments("a successor ccg-service says nothing of", null, "CCG 13T does not exist"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("successors")
  void the_successor_is_operational_on_the_handover_date(
      String scenario, CcgOperationalPeriod successor, String why) {
    Finding finding = HandoverRule.successor("13T", successor, date(HANDOVER));

    assertThat(finding.rule()).isEqualTo(HandoverRule.OPERATIONAL_SUCCESSOR);
    assertThat(finding.satisfied()).isEqualTo(why == null);
    assertThat(finding.detail())
        .isEqualTo(why == null ? null : "The practices cannot move to 13T: " + why);
  }

  static Stream<Arguments> leavers() {
    Membership sinceTheDayBefore = membership("00F", "2015-03-31", null);
    Membership sinceTheHandover = membership("00F", HANDOVER, null);
    Membership followed = membership("00F", "2013-04-01", "2015-06-01");
    Membership since2013 = membership("00F", "2013-04-01", null);
    return Stream.of(
        arguments(
            "a member since 2013 with no later membership",
            since2013,
            timeline(practice(null, null), since2013),
            HandoverRule.LEAVES_THE_LATEST,
            null),
        arguments(
            "a member since the day before the handover",
            sinceTheDayBefore,
            timeline(practice(null, null), sinceTheDayBefore),
            HandoverRule.LEAVES_THE_LATEST,
            null),
        arguments(
            "a member since the handover date",
            sinceTheHandover,
            timeline(practice(null, null), sinceTheHandover),
            HandoverRule.LEAVES_AN_EARLIER_MEMBERSHIP,
            "joined 00F on 2015-04-01, the day it hands over"),
        arguments(
            "a member that has already moved on later",
            followed,
            timeline(practice(null, null), followed, membership("00X", "2015-06-01", null)),
            HandoverRule.LEAVES_THE_LATEST,
            "has a later membership from 2015-06-01 (in 00X); history is never rewritten"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("leavers")
  void each_practice_leaves_an_earlier_membership_that_is_its_latest(
      String scenario,
      Membership leaving,
      MembershipTimeline timeline,
      String rule,
      String detail) {
    Finding finding = HandoverRule.leaving(leaving, timeline, date(HANDOVER));

    assertThat(finding.rule()).isEqualTo(rule);
    assertThat(finding.satisfied()).isEqualTo(detail == null);
    assertThat(finding.detail()).isEqualTo(detail);
  }

  static Stream<Arguments> reversals() {
    Membership before = membership("00F", "2013-04-01", HANDOVER);
    Membership moved = membership("13T", HANDOVER, null);
    Membership movedThenLeft = membership("13T", HANDOVER, "2016-04-01");
    return Stream.of(
        arguments(
            "the move is the practice's latest membership",
            moved,
            timeline(practice(null, null), before, moved),
            null),
        arguments(
            "the practice moved on again after the handover",
            movedThenLeft,
            timeline(
                practice(null, null),
                membership("00F", "2013-04-01", HANDOVER),
                movedThenLeft,
                membership("13X", "2016-04-01", null)),
            "has a later membership from 2016-04-01; history is never rewritten"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reversals")
  void a_move_is_undone_only_while_it_is_the_latest_membership(
      String scenario, Membership moved, MembershipTimeline timeline, String detail) {
    Finding finding = HandoverRule.reverting(moved, timeline);

    assertThat(finding.rule()).isEqualTo(HandoverRule.REVERTS_THE_LATEST);
    assertThat(finding.satisfied()).isEqualTo(detail == null);
    assertThat(finding.detail()).isEqualTo(detail);
  }
}
