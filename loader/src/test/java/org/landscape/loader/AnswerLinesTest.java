package org.landscape.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerLinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"file\":\"CCG_APR_2013.csv\",\"dryRun\":false,\"rows\":211}"
            + " | file:CCG_APR_2013.csv, dryRun:false, rows:211",
        "{\"rows\":3,\"orphans\":[{\"practiceCode\":\"A1\"},{\"practiceCode\":\"A2\"}]}"
            + " | rows:3, orphans:2",
        "{\"councils\":{\"created\":353,\"unchanged\":0},\"boards\":152}"
            + " | councils: (created:353, unchanged:0), boards:152",
        "{\"skipped\":[\"X1\",\"X2\"],\"mergers\":[{\"a\":1}]} | skipped:[X1 X2], mergers:1",
        "[] | []"
      })
  void an_answer_is_one_line_of_its_fields(String json, String line) {
    assertThat(AnswerLines.summary(new Answer(200, json, Optional.empty()).json())).isEqualTo(line);
  }

  @ParameterizedTest(name = "HTTP {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "422 | {\"detail\":\"2 rows are not valid; nothing was imported\",\"badRows\":[{\"file\":\"etr\",\"line\":4,\"reason\":\"no code\"}]}"
            + " | HTTP 422: 2 rows are not valid; nothing was imported\\n    etr line 4: no code",
        "400 | {\"detail\":\"asOf: bad\",\"errors\":[{\"field\":\"asOf\",\"message\":\"must be a date\"}]}"
            + " | HTTP 400: asOf: bad\\n    asOf: must be a date",
        "502 | Bad Gateway | HTTP 502: Bad Gateway"
      })
  void a_refusal_shows_the_problem_and_each_bad_row(int status, String body, String text) {
    assertThat(AnswerLines.refusal(new Answer(status, body, Optional.empty())))
        .isEqualTo(text.replace("\\n", "\n"));
  }
}
