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

  static Stream<Arguments> handovers() {
    return Stream.of(
        arguments("no handover recorded for the predecessor", null, "13T", HANDOVER, null),
        arguments(
            "the same handover again (already done)",
            Handover.of("00F", "13T", date(HANDOVER)),
            "13T",
            HANDOVER,
            null),
        arguments(
            "a handover to another successor",
            Handover.of("00F", "13X", date(HANDOVER)),
            "13T",
            HANDOVER,
            "CCG 00F already hands its practices to 13X on 2015-04-01; reverse that first"),
        arguments(
            "a handover to the same successor on another day",
            Handover.of("00F", "13T", date("2016-04-01")),
            "13T",
            HANDOVER,
            "CCG 00F already hands its practices to 13T on 2016-04-01; reverse that first"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handovers")
  void a_predecessor_hands_its_practices_over_once(
      String scenario, Handover recorded, String successor, String date, String detail) {
    Finding finding = HandoverRule.once("00F", recorded, successor, date(date));

    assertThat(finding.rule()).isEqualTo(HandoverRule.ONCE);
    assertThat(finding.satisfied()).isEqualTo(detail == null);
    assertThat(finding.detail()).isEqualTo(detail);
  }
}
