package org.landscape.ccg.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A CCG's stages before it became operational, decided on plain records: no start, no database. */
class CcgStageRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          a pathfinder ending the day the CCG opens             | 2013-04-01 | PATHFINDER | 2011-10-01 | 2013-04-01 | -          | -           | -
          an open-ended pathfinder lasts until the CCG opens     | 2013-04-01 | PATHFINDER | 2011-10-01 | -          | -          | -           | -
          a pathfinder ending before the CCG opens              | 2013-04-01 | PATHFINDER | 2011-10-01 | 2012-10-01 | -          | -           | -
          a pathfinder running into the operational period       | 2013-04-01 | PATHFINDER | 2011-10-01 | 2013-04-02 | -          | RULE_BROKEN | validTo
          a pathfinder starting on the opening day               | 2013-04-01 | PATHFINDER | 2013-04-01 | 2013-06-01 | -          | RULE_BROKEN | validFrom
          an open-ended stage starting after the CCG opened      | 2013-04-01 | AUTHORISED | 2014-01-01 | -          | -          | RULE_BROKEN | validFrom
          a stage of a CCG with no first operational day         | -          | PATHFINDER | 2011-10-01 | 2012-10-01 | -          | RULE_BROKEN | validFrom
          a stage ending before it starts                       | 2013-04-01 | PATHFINDER | 2012-10-01 | 2012-10-01 | -          | INVALID     | validTo
          shadow form through the whole dual running             | 2013-04-01 | SHADOW     | 2012-04-01 | 2013-04-01 | -          | -           | -
          open-ended shadow form ending at the 2013 opening      | 2013-04-01 | SHADOW     | 2012-04-01 | -          | -          | -           | -
          shadow form starting the day before the dual running   | 2013-04-01 | SHADOW     | 2012-03-31 | 2013-04-01 | -          | RULE_BROKEN | validFrom
          shadow form for a CCG opening after the dual running   | 2015-04-01 | SHADOW     | 2012-04-01 | 2015-04-01 | -          | RULE_BROKEN | validTo
          authorised with conditions                             | 2013-04-01 | AUTHORISED | 2012-12-01 | -          | a plan due | -           | -
          authorised without conditions                          | 2013-04-01 | AUTHORISED | 2012-10-01 | 2013-04-01 | -          | -           | -
          conditions on a pathfinder                             | 2013-04-01 | PATHFINDER | 2011-10-01 | 2013-04-01 | a plan due | INVALID     | conditions
          a later merger's authorisation before it opens         | 2015-04-01 | AUTHORISED | 2014-10-01 | -          | -          | -           | -
          """)
  void whichPeriodsAreRefused(
      String scenario,
      LocalDate open,
      CcgStage stage,
      LocalDate from,
      LocalDate to,
      String conditions,
      CcgStageRule.Kind refusal,
      String field) {
    Optional<CcgStageRule.Refusal> answer =
        CcgStageRule.check(
            ccg(open), new CcgStageRule.Period(stage, from, to, conditions), List.of());

    assertThat(answer.map(CcgStageRule.Refusal::kind).orElse(null)).isEqualTo(refusal);
    assertThat(answer.map(CcgStageRule.Refusal::field).orElse(null)).isEqualTo(field);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          the same stage overlapping by a day        | PATHFINDER | 2012-09-30 | 2013-01-01 | CONFLICT
          the same stage starting the day it ended   | PATHFINDER | 2012-10-01 | 2013-01-01 | -
          the same stage ending the day it started   | PATHFINDER | 2011-01-01 | 2011-10-01 | -
          the same stage inside it                   | PATHFINDER | 2012-01-01 | 2012-02-01 | CONFLICT
          another stage over the same days           | SHADOW     | 2012-04-01 | 2012-10-01 | -
          """)
  void periodsOfOneStageDoNotOverlap(
      String scenario, CcgStage stage, LocalDate from, LocalDate to, CcgStageRule.Kind refusal) {
    List<CcgStagePeriod> recorded =
        List.of(period(CcgStage.PATHFINDER, "2011-10-01", "2012-10-01"));
    List<CcgStagePeriod> sameStage = recorded.stream().filter(p -> p.stage == stage).toList();

    assertThat(
            CcgStageRule.check(
                    ccg(LocalDate.of(2013, 4, 1)),
                    new CcgStageRule.Period(stage, from, to, null),
                    sameStage)
                .map(CcgStageRule.Refusal::kind)
                .orElse(null))
        .isEqualTo(refusal);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          before any stage                                     | 2011-09-30 | -                      | -
          the first day of the pathfinder                      | 2011-10-01 | PATHFINDER             | PATHFINDER
          a pathfinder in shadow form                          | 2012-06-01 | PATHFINDER SHADOW      | SHADOW
          authorised while still in shadow form                | 2013-01-15 | SHADOW AUTHORISED      | AUTHORISED
          the last day before opening                          | 2013-03-31 | SHADOW AUTHORISED      | AUTHORISED
          the opening day: operational, no stage               | 2013-04-01 | -                      | -
          """)
  void theStagesOnADate(String scenario, LocalDate date, String stages, CcgStage current) {
    List<CcgStagePeriod> history =
        List.of(
            period(CcgStage.PATHFINDER, "2011-10-01", "2012-10-01"),
            period(CcgStage.SHADOW, "2012-04-01", "2013-04-01"),
            period(CcgStage.AUTHORISED, "2013-01-15", "2013-04-01"));
    List<CcgStage> expected = new ArrayList<>();
    if (stages != null) {
      for (String name : stages.split(" ")) {
        expected.add(CcgStage.valueOf(name));
      }
    }

    assertThat(CcgStageRule.on(history, date)).containsExactlyElementsOf(expected);
    assertThat(CcgStageRule.current(history, date).orElse(null)).isEqualTo(current);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          opening when the stage ends                   | 2013-04-01 | -          | false
          opening later                                 | 2014-04-01 | -          | false
          opening a day before the stage ends           | 2013-03-31 | -          | true
          opening during the stage                      | 2012-06-01 | 2016-04-01 | true
          no first operational day                      | -          | -          | true
          closing before the stage starts               | 2010-01-01 | 2011-10-01 | false
          """)
  void aNewOperationalPeriodMustNotOverlapARecordedStage(
      String scenario, LocalDate open, LocalDate close, boolean overlaps) {
    List<CcgStagePeriod> recorded =
        List.of(period(CcgStage.PATHFINDER, "2011-10-01", "2013-04-01"));

    assertThat(CcgStageRule.overlappedBy(open, close, recorded))
        .isEqualTo(overlaps ? Optional.of(recorded.getFirst()) : Optional.empty());
  }

  private static Ccg ccg(LocalDate open) {
    Ccg ccg = new Ccg();
    ccg.code = "00C";
    ccg.name = "NHS Darlington CCG";
    ccg.openDate = open;
    return ccg;
  }

  private static CcgStagePeriod period(CcgStage stage, String from, String to) {
    CcgStagePeriod period = new CcgStagePeriod();
    period.ccgCode = "00C";
    period.stage = stage;
    period.validFrom = LocalDate.parse(from);
    period.validTo = to == null ? null : LocalDate.parse(to);
    return period;
  }
}
