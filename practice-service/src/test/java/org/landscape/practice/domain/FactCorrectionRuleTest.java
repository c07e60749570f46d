package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.landscape.practice.domain.Fixtures.date;
import static org.landscape.practice.domain.Fixtures.practice;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A83005: a file fact of 00C from 2013-04-01 (id 1), then a transfer to 00D from 2014-06-01. */
class FactCorrectionRuleTest {

  private static final Practice PRACTICE = practice("2000-01-01", "2019-04-01");

  private static MembershipFact fact(long id, String ccg, String from) {
    MembershipFact fact =
        MembershipFact.asserted("A83005", ccg, date(from), MembershipOrigin.TRANSFER, "test", null);
    fact.id = id;
    return fact;
  }

  private static final MembershipFact FIRST = fact(1, "00C", "2013-04-01");
  private static final MembershipFact TRANSFER = fact(2, "00D", "2014-06-01");

  private static MembershipHistory history() {
    return MembershipHistory.derive(
        PRACTICE.closeDate, List.of(FIRST.assertion(), TRANSFER.assertion()), List.of(), null);
  }

  private static MembershipFact withdrawn() {
    MembershipFact fact = fact(2, "00D", "2014-06-01");
    fact.withdraw("wrong", null);
    return fact;
  }

  static Stream<Arguments> withdrawals() {
    return Stream.of(
        arguments("a later fact", TRANSFER, FactCorrectionRule.RULE, null),
        arguments(
            "the first fact",
            FIRST,
            FactCorrectionRule.NOT_THE_FIRST,
            "Fact 1 is the practice's first membership; withdrawing it would leave the practice"
                + " without a commissioner from 2013-04-01, so correct it instead"),
        arguments(
            "a fact already withdrawn", withdrawn(), FactCorrectionRule.STANDING, "withdrawn"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("withdrawals")
  void a_standing_fact_other_than_the_first_may_be_withdrawn(
      String scenario, MembershipFact fact, String rule, String detail) {
    Finding finding = FactCorrectionRule.withdrawal(fact, history());

    assertThat(finding.rule()).isEqualTo(rule);
    assertThat(finding.satisfied()).isEqualTo(detail == null);
    if (detail != null) {
      assertThat(finding.detail()).contains(detail);
    }
  }

  static Stream<Arguments> corrections() {
    return Stream.of(
        arguments(
            "the transfer to another day", TRANSFER, "2014-09-01", FactCorrectionRule.RULE, null),
        arguments(
            "the first fact to its own day", FIRST, "2013-04-01", FactCorrectionRule.RULE, null),
        arguments(
            "to the day another fact holds",
            FIRST,
            "2014-06-01",
            FactCorrectionRule.ONE_FACT_A_DAY,
            "Fact 2 already holds 2014-06-01 (00D, test); correct that one instead"),
        arguments(
            "to a day the practice is closed",
            TRANSFER,
            "2019-04-01",
            FactCorrectionRule.WHILE_OPEN,
            "Practice A83005 is not open on 2019-04-01"),
        arguments(
            "a fact already withdrawn",
            withdrawn(),
            "2014-09-01",
            FactCorrectionRule.STANDING,
            "Fact 2 was withdrawn at"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corrections")
  void a_standing_fact_is_corrected_to_a_day_the_practice_is_open_that_no_other_fact_holds(
      String scenario, MembershipFact fact, String validFrom, String rule, String detail) {
    Finding finding = FactCorrectionRule.correction(fact, history(), PRACTICE, date(validFrom));

    assertThat(finding.rule()).isEqualTo(rule);
    assertThat(finding.satisfied()).isEqualTo(detail == null);
    if (detail != null) {
      assertThat(finding.detail()).startsWith(detail);
    }
  }
}
