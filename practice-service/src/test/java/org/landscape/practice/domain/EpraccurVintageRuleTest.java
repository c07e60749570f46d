package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.landscape.practice.domain.Fixtures.ccg;
import static org.landscape.practice.domain.Fixtures.date;
import static org.landscape.practice.domain.Fixtures.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscape.practice.domain.EpraccurVintageRule.Action;

/**
 * Facts of the history are written {@code CCG@from/extract}; a CCG merged into 16C on 2020-04-01 is
 * {@code 00K}. Rows are of the extract date given.
 */
class EpraccurVintageRuleTest {

  private static final List<Handover> MERGERS =
      List.of(
          Handover.of("00K", "16C", date("2020-04-01")),
          Handover.of("00M", "16C", date("2020-04-01")));

  private static final CcgOperationalPeriod K = ccg("00K", "2013-04-01", "2020-04-01");
  private static final CcgOperationalPeriod D = ccg("00D", "2013-04-01", null);
  private static final CcgOperationalPeriod C16 = ccg("16C", "2020-04-01", null);
  private static final CcgOperationalPeriod X = ccg("00X", "2013-04-01", null);

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "a new practice: its commissioner from the join date",
            "",
            K,
            "2014-02-01",
            "2015-07-01",
            Action.ASSERT,
            "2014-02-01",
            null),
        arguments(
            "a new practice in a CCG that later merged (carried on by the succession)",
            "",
            K,
            "2014-02-01",
            "2021-07-01",
            Action.ASSERT,
            "2014-02-01",
            null),
        arguments(
            "the same file again: nothing new",
            "00K@2013-04-01/2015-07-01",
            K,
            "2013-04-01",
            "2015-07-01",
            Action.KEEP,
            "2013-04-01",
            null),
        arguments(
            "an older file over the replayed mergers: nothing new",
            "00K@2013-04-01/2015-07-01",
            K,
            "2013-04-01",
            "2014-07-01",
            Action.KEEP,
            "2013-04-01",
            null),
        arguments(
            "a later file naming the successor of the merger: nothing new",
            "00K@2013-04-01/2015-07-01",
            C16,
            "2020-04-01",
            "2021-07-01",
            Action.KEEP,
            "2020-04-01",
            null),
        arguments(
            "a later file naming the successor with the old join date: dated by the extract",
            "00K@2013-04-01/2015-07-01",
            C16,
            "2013-04-01",
            "2021-07-01",
            Action.KEEP,
            "2021-07-01",
            null),
        arguments(
            "a later join date in another CCG: a transfer on the join date",
            "00K@2013-04-01/2015-07-01",
            D,
            "2016-05-01",
            "2016-07-01",
            Action.ASSERT,
            "2016-05-01",
            null),
        arguments(
            "no join date: dated by the extract date",
            "00K@2013-04-01/2015-07-01",
            D,
            null,
            "2016-07-01",
            Action.ASSERT,
            "2016-07-01",
            null),
        arguments(
            "a commissioner operational on neither day: an orphan",
            "",
            ccg("00F", "2013-04-01", "2015-04-01"),
            "2016-05-01",
            "2016-07-01",
            Action.ORPHAN,
            null,
            "CCG 00F is closed on 2016-05-01 (it closed on 2015-04-01)"),
        arguments(
            "a commissioner ccg-service does not know: an orphan",
            "",
            new CcgOperationalPeriod("00X", false, null, null),
            "2016-05-01",
            "2016-07-01",
            Action.ORPHAN,
            null,
            "CCG 00X does not exist"),
        arguments(
            "a later extract asserted another CCG that day: a conflict, still a fact",
            "00M@2013-04-01/2016-07-01",
            X,
            "2013-04-01",
            "2015-07-01",
            Action.CONFLICT,
            "2013-04-01",
            "asserts 00X from 2013-04-01, but the fact of 00M from 2013-04-01 (line 1) is of a"
                + " later standing"),
        arguments(
            "an earlier extract asserted another CCG that day: the later file wins",
            "00M@2013-04-01/2015-07-01",
            X,
            "2013-04-01",
            "2016-07-01",
            Action.ASSERT,
            "2013-04-01",
            null),
        arguments(
            "a fact between the join date and the extract date says otherwise: a conflict",
            "00K@2013-04-01/2015-07-01 00D@2016-01-01/2017-01-01",
            X,
            "2014-01-01",
            "2016-07-01",
            Action.CONFLICT,
            "2014-01-01",
            "asserts 00X from 2014-01-01 to the extract date 2016-07-01, but the fact of 00D from"
                + " 2016-01-01 (line 2) stands in between"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void a_row_becomes_a_dated_fact_whatever_the_order_of_the_files(
      String scenario,
      String facts,
      CcgOperationalPeriod commissioner,
      String joinDate,
      String extractDate,
      Action action,
      String validFrom,
      String reason) {
    LocalDate closeDate = null;
    if (reason != null && reason.startsWith("closes ")) {
      closeDate = date(reason.substring("closes ".length()));
      reason = null;
    }
    EpraccurVintageRule.Decision decision =
        EpraccurVintageRule.interpret(
            commissioner.code(),
            date(joinDate),
            date(extractDate),
            closeDate,
            history(facts),
            commissioner);

    assertThat(decision)
        .isEqualTo(new EpraccurVintageRule.Decision(action, date(validFrom), reason));
  }

  private static MembershipHistory history(String facts) {
    List<Assertion> assertions = new ArrayList<>();
    int line = 1;
    for (String fact : facts.split(" ")) {
      if (fact.isBlank()) {
        continue;
      }
      String[] ccgAndRest = fact.split("@");
      String[] dates = ccgAndRest[1].split("/");
      assertions.add(
          new Assertion(
              line,
              ccgAndRest[0],
              date(dates[0]),
              MembershipOrigin.IMPORT,
              "line " + line++,
              date(dates[1]),
              Instant.parse("2020-01-01T00:00:00Z"),
              null));
    }
    return MembershipHistory.derive(
        practice("2000-01-01", null).closeDate, assertions, MERGERS, null);
  }
}
