package org.landscape.hwb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscape.common.time.FinancialYear;

/**
 * A relevant CCG without the board's opinion on its plan in a financial year, decided on plain
 * coverage and opinions. Year 2014/15 starts on 2014-04-01, when relevance is taken.
 */
class CcgPlanOversightTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2014/15").orElseThrow();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      quoteCharacter = '"',
      textBlock =
          """
          # scenario; covers (code:from:to, '-' an open end); opined; relevant CCGs; without opinion
          a board no CCG covers has no gap; -; -; 0; -
          a relevant CCG with an opinion leaves no gap; 00G:2013-04-01:-; 00G; 1; -
          a relevant CCG without an opinion is a gap; 00G:2013-04-01:-; -; 1; 00G
          of two relevant CCGs, the one without an opinion is the gap; 00G:2013-04-01:-,00H:2013-04-01:-; 00G; 2; 00H
          gaps are sorted by code; 00H:2013-04-01:-,00G:2013-04-01:-; -; 2; 00G,00H
          an opinion on a CCG that is not relevant closes no gap; 00G:2013-04-01:-; 99Z; 1; 00G
          a CCG covering from the year's first day is relevant; 13T:2014-04-01:-; -; 1; 13T
          a CCG covering from the year's second day is not relevant that year; 00G:2013-04-01:-,13T:2014-04-02:-; 00G; 1; -
          a CCG that stopped covering on the year's first day is not relevant; 00G:2013-04-01:2014-04-01; -; 0; -
          a CCG that stops covering the day after the year's first day is relevant; 00G:2013-04-01:2014-04-02; -; 1; 00G
          """)
  void a_relevant_ccg_without_an_opinion_is_a_gap(
      String scenario, String covers, String opined, int relevant, String withoutOpinion) {
    Board board = new Board();
    board.authorityCode = "E08000021";
    board.name = "Newcastle upon Tyne Health and Wellbeing Board";

    var gap = CcgPlanOversight.gapOf(board, YEAR, covers(covers), codes(opined));

    if (withoutOpinion == null) {
      assertThat(gap).isEmpty();
      return;
    }
    assertThat(gap)
        .hasValueSatisfying(
            found -> {
              assertThat(found.boardCode()).isEqualTo("E08000021");
              assertThat(found.boardName())
                  .isEqualTo("Newcastle upon Tyne Health and Wellbeing Board");
              assertThat(found.financialYear()).isEqualTo("2014/15");
              assertThat(found.relevantOn()).isEqualTo(LocalDate.of(2014, 4, 1));
              assertThat(found.relevantCcgs()).isEqualTo(relevant);
              assertThat(found.withoutOpinion())
                  .extracting(CcgCover::code)
                  .containsExactlyElementsOf(List.of(withoutOpinion.split(",")));
              assertThat(found.withoutOpinion())
                  .extracting(CcgCover::name)
                  .allSatisfy(name -> assertThat(name).startsWith("NHS "));
            });
  }

  private static List<CcgCover> covers(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split(","))
        .map(cover -> cover.split(":"))
        .map(part -> new CcgCover(part[0], "NHS " + part[0] + " CCG", date(part[1]), date(part[2])))
        .toList();
  }

  private static Set<String> codes(String text) {
    return text == null ? Set.of() : Arrays.stream(text.split(",")).collect(Collectors.toSet());
  }

  private static LocalDate date(String text) {
    return "-".equals(text) ? null : LocalDate.parse(text);
  }
}
