package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facts are written {@code CCG@from:KIND/standing} (standing: the extract date or the day an API
 * fact was recorded), successions {@code PRED>SUCC@date}; the history is its periods, {@code
 * CCG[from,to)ORIGIN}.
 */
class MembershipHistoryTest {

  static Stream<Arguments> histories() {
    return Stream.of(
        arguments(
            "one fact: a member from its day",
            "00C@2013-04-01:IMPORT/2015-07-01",
            "",
            null,
            "00C[2013-04-01,)IMPORT"),
        arguments(
            "the practice closes: the membership ends then",
            "00C@2013-04-01:IMPORT/2015-07-01",
            "",
            "2016-01-01",
            "00C[2013-04-01,2016-01-01)IMPORT"),
        arguments(
            "a fact on or after the closure does not count",
            "00C@2013-04-01:IMPORT/2015-07-01 00D@2016-01-01:TRANSFER/2016-02-01",
            "",
            "2016-01-01",
            "00C[2013-04-01,2016-01-01)IMPORT"),
        arguments(
            "a later fact ends the earlier one on its day",
            "00C@2013-04-01:IMPORT/2015-07-01 00D@2014-06-01:TRANSFER/2026-12-02",
            "",
            null,
            "00C[2013-04-01,2014-06-01)IMPORT 00D[2014-06-01,)TRANSFER"),
        arguments(
            "a succession carries the practice to the successor",
            "00C@2013-04-01:IMPORT/2015-07-01",
            "00C>16C@2020-04-01",
            null,
            "00C[2013-04-01,2020-04-01)IMPORT 16C[2020-04-01,)SUCCESSION"),
        arguments(
            "successions chain",
            "00C@2013-04-01:IMPORT/2015-07-01",
            "00C>16C@2018-04-01 16C>99Z@2020-04-01",
            null,
            "00C[2013-04-01,2018-04-01)IMPORT 16C[2018-04-01,2020-04-01)SUCCESSION"
                + " 99Z[2020-04-01,)SUCCESSION"),
        arguments(
            "a back-dated transfer into a CCG that later merged follows it",
            "00M@2013-04-01:IMPORT/2015-07-01 00K@2014-06-01:TRANSFER/2026-12-02",
            "00M>16C@2020-04-01 00K>16C@2020-04-01",
            null,
            "00M[2013-04-01,2014-06-01)IMPORT 00K[2014-06-01,2020-04-01)TRANSFER"
                + " 16C[2020-04-01,)SUCCESSION"),
        arguments(
            "a succession after the next fact does not apply: the later fact keeps its date",
            "00C@2013-04-01:IMPORT/2015-07-01 00D@2016-05-01:IMPORT/2017-01-01",
            "00C>16C@2018-04-01",
            null,
            "00C[2013-04-01,2016-05-01)IMPORT 00D[2016-05-01,)IMPORT"),
        arguments(
            "a succession before the next fact applies until that fact",
            "00C@2013-04-01:IMPORT/2015-07-01 00D@2019-05-01:TRANSFER/2019-05-01",
            "00C>16C@2018-04-01",
            null,
            "00C[2013-04-01,2018-04-01)IMPORT 16C[2018-04-01,2019-05-01)SUCCESSION"
                + " 00D[2019-05-01,)TRANSFER"),
        arguments(
            "a fact into the successor after the succession joins the derived period",
            "00C@2013-04-01:IMPORT/2015-07-01 16C@2021-01-01:IMPORT/2021-01-01",
            "00C>16C@2020-04-01",
            null,
            "00C[2013-04-01,2020-04-01)IMPORT 16C[2020-04-01,)SUCCESSION"),
        arguments(
            "a fact into a CCG that had already handed over stays there (to be flagged)",
            "00C@2021-01-01:IMPORT/2021-02-01",
            "00C>16C@2020-04-01",
            null,
            "00C[2021-01-01,)IMPORT"),
        arguments(
            "a fact on the succession's own day goes straight to the successor",
            "00C@2020-04-01:IMPORT/2021-02-01",
            "00C>16C@2020-04-01",
            null,
            "16C[2020-04-01,)SUCCESSION"),
        arguments(
            "two files assert one day: the later extract wins, whatever came first",
            "00D@2013-04-01:IMPORT/2016-07-01 00C@2013-04-01:IMPORT/2015-07-01",
            "",
            null,
            "00D[2013-04-01,)IMPORT"),
        arguments(
            "an older file fills a gap before the newer one's fact",
            "00D@2016-05-01:IMPORT/2016-07-01 00C@2013-04-01:IMPORT/2015-07-01",
            "",
            null,
            "00C[2013-04-01,2016-05-01)IMPORT 00D[2016-05-01,)IMPORT"),
        arguments(
            "a correction recorded later outranks the file for its day",
            "00C@2013-04-01:IMPORT/2015-07-01 00D@2013-04-01:CORRECTION/2026-12-02",
            "",
            null,
            "00D[2013-04-01,)CORRECTION"),
        arguments(
            "two facts in one CCG are one membership",
            "00C@2013-04-01:IMPORT/2015-07-01 00C@2014-01-01:IMPORT/2016-07-01",
            "",
            null,
            "00C[2013-04-01,)IMPORT"),
        arguments("no facts: no membership", "", "00C>16C@2020-04-01", null, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void derivesTheHistory(
      String scenario, String facts, String successions, String closeDate, String expected) {
    LocalDate close = closeDate == null ? null : LocalDate.parse(closeDate);
    assertThat(written(MembershipHistory.derive(close, facts(facts), handovers(successions), null)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void theOrderOfArrivalChangesNothing(
      String scenario, String facts, String successions, String closeDate, String expected) {
    LocalDate close = closeDate == null ? null : LocalDate.parse(closeDate);
    Random random = new Random(42);
    for (int round = 0; round < 10; round++) {
      List<Assertion> shuffledFacts = new ArrayList<>(facts(facts));
      List<Handover> shuffledHandovers = new ArrayList<>(handovers(successions));
      Collections.shuffle(shuffledFacts, random);
      Collections.shuffle(shuffledHandovers, random);
      assertThat(written(MembershipHistory.derive(close, shuffledFacts, shuffledHandovers, null)))
          .isEqualTo(expected);
    }
  }

  static Stream<Arguments> knowledge() {
    return Stream.of(
        arguments(
            "before the transfer was recorded",
            "2026-01-01T00:00:00Z",
            "00M[2013-04-01,2020-04-01)IMPORT 16C[2020-04-01,)SUCCESSION"),
        arguments(
            "after it was recorded",
            "2026-12-02T12:00:00Z",
            "00M[2013-04-01,2014-06-01)IMPORT 00K[2014-06-01,2020-04-01)TRANSFER"
                + " 16C[2020-04-01,)SUCCESSION"),
        arguments(
            "after it was withdrawn",
            "2026-12-03T12:00:00Z",
            "00M[2013-04-01,2020-04-01)IMPORT 16C[2020-04-01,)SUCCESSION"),
        arguments(
            "before the mergers were recorded", "2015-12-01T00:00:00Z", "00M[2013-04-01,)IMPORT"),
        arguments("before anything was recorded", "2015-01-01T00:00:00Z", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("knowledge")
  void answersWhatWasKnownAtAnInstant(String scenario, String knownAt, String expected) {
    Assertion file =
        new Assertion(
            1,
            "00M",
            LocalDate.parse("2013-04-01"),
            MembershipOrigin.IMPORT,
            "file",
            LocalDate.parse("2015-07-01"),
            Instant.parse("2015-08-01T00:00:00Z"),
            null);
    Assertion transfer =
        new Assertion(
            2,
            "00K",
            LocalDate.parse("2014-06-01"),
            MembershipOrigin.TRANSFER,
            "api",
            LocalDate.parse("2026-12-02"),
            Instant.parse("2026-12-02T10:00:00Z"),
            Instant.parse("2026-12-03T10:00:00Z"));
    List<Handover> mergers =
        Stream.of("00M", "00K")
            .map(
                code ->
                    new Handover(
                        code,
                        "16C",
                        LocalDate.parse("2020-04-01"),
                        "merger",
                        Instant.parse("2020-05-01T00:00:00Z"),
                        null))
            .toList();
    assertThat(
            written(
                MembershipHistory.derive(
                    null, List.of(file, transfer), mergers, Instant.parse(knownAt))))
        .isEqualTo(expected);
  }

  private static List<Assertion> facts(String written) {
    List<Assertion> facts = new ArrayList<>();
    long id = 1;
    for (String fact : words(written)) {
      String[] ccgAndRest = fact.split("@");
      String[] dateAndRest = ccgAndRest[1].split(":");
      String[] kindAndStanding = dateAndRest[1].split("/");
      LocalDate standing = LocalDate.parse(kindAndStanding[1]);
      facts.add(
          new Assertion(
              id++,
              ccgAndRest[0],
              LocalDate.parse(dateAndRest[0]),
              MembershipOrigin.valueOf(kindAndStanding[0]),
              fact,
              standing,
              standing.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
              null));
    }
    return facts;
  }

  private static List<Handover> handovers(String written) {
    return words(written).stream()
        .map(
            link -> {
              String[] codesAndDate = link.split("@");
              String[] codes = codesAndDate[0].split(">");
              return Handover.of(codes[0], codes[1], LocalDate.parse(codesAndDate[1]));
            })
        .toList();
  }

  private static List<String> words(String written) {
    return Arrays.stream(written.split(" ")).filter(w -> !w.isBlank()).toList();
  }

  private static String written(MembershipHistory history) {
    return history.periods().stream()
        .map(
            p ->
                p.ccgCode()
                    + "["
                    + p.validFrom()
                    + ","
                    + (p.validTo() == null ? "" : p.validTo())
                    + ")"
                    + p.origin())
        .collect(Collectors.joining(" "));
  }
}
