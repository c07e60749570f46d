package org.landscape.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.landscape.ccg.api.CcgStatus;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.common.paging.Page;
import org.landscape.practice.api.PracticeView;

class AnswerTest {

  @Test
  void a_list_is_read_into_the_providers_records() {
    Page<CcgSummary> page =
        answer(
                200,
                "{\"items\":[{\"code\":\"00F\",\"onsCode\":\"E38000056\",\"name\":\"NHS Gateshead\","
                    + "\"status\":\"OPERATIONAL\",\"openDate\":\"2013-04-01\",\"closeDate\":null,"
                    + "\"areaTeamCode\":\"E39000010\",\"regionCode\":\"E40000001\"}],"
                    + "\"total\":211,\"limit\":1,\"offset\":0}")
            .page(CcgSummary.class);

    assertThat(page.total()).isEqualTo(211);
    assertThat(page.items())
        .singleElement()
        .satisfies(
            ccg -> {
              assertThat(ccg.status()).isEqualTo(CcgStatus.OPERATIONAL);
              assertThat(ccg.openDate()).isEqualTo(LocalDate.of(2013, 4, 1));
            });
  }

  @Test
  void an_empty_list_has_a_total_of_zero() {
    assertThat(
            answer(200, "{\"items\":[],\"total\":0,\"limit\":1,\"offset\":0}")
                .page(PracticeView.class)
                .total())
        .isZero();
  }

  @Test
  void a_list_of_a_provider_without_records_is_read_for_its_total() {
    assertThat(
            answer(200, "{\"items\":[{\"id\":7}],\"total\":3,\"limit\":1,\"offset\":0}")
                .page(JsonNode.class)
                .total())
        .isEqualTo(3);
  }

  @Test
  void an_answer_that_is_no_list_fails_the_loading() {
    for (Answer answer :
        new Answer[] {
          answer(404, "{\"type\":\"about:blank\",\"status\":404}"),
          answer(200, "{\"type\":\"about:blank\",\"status\":404}"),
          answer(200, "{\"items\":[],\"limit\":1,\"offset\":0}"),
          answer(200, "{\"items\":[{\"status\":\"NO-SUCH-STATUS\"}],\"total\":1}"),
          answer(200, "Bad Gateway")
        }) {
      assertThatThrownBy(() -> answer.page(CcgSummary.class))
          .isInstanceOf(LoadingFailed.class)
          .hasMessage("no total in the answer (HTTP " + answer.status() + "): " + answer.body());
    }
  }

  private static Answer answer(int status, String body) {
    return new Answer(status, body, Optional.empty());
  }
}
