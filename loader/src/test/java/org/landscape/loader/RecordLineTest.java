package org.landscape.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordLineTest {

  @Test
  void a_post_with_its_body_an_etag_source_and_an_idempotency_key() {
    RecordLine record =
        RecordLine.parse(
            "{\"post\": \"/practices/Z91009/transfers\", \"ifMatchOf\": \"/practices/Z91009\","
                + " \"idempotencyKey\": \"demo-1\", \"body\": {\"targetCcgCode\": \"91B\", \"n\": [1, 2]}}");
    assertThat(record.method()).isEqualTo("POST");
    assertThat(record.path()).isEqualTo("/practices/Z91009/transfers");
    assertThat(record.ifMatchOf()).contains("/practices/Z91009");
    assertThat(record.idempotencyKey()).contains("demo-1");
    assertThat(record.body()).contains("{\"targetCcgCode\":\"91B\",\"n\":[1,2]}");
  }

  @Test
  void a_put_without_a_body() {
    RecordLine record = RecordLine.parse("{\"put\": \"/ccgs/D2P9K/oversight\"}");
    assertThat(record.method()).isEqualTo("PUT");
    assertThat(record.body()).isEqualTo(Optional.empty());
    assertThat(record.ifMatchOf()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"{\"get\": \"/ccgs\"}", "{\"post\": 3}", "{\"post\": \"ccgs\"}", "[1]", "{post"})
  void a_line_that_names_no_request_is_refused(String line) {
    assertThatThrownBy(() -> RecordLine.parse(line)).isInstanceOf(LoadingFailed.class);
  }
}
