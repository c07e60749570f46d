package org.landscape.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a client reads when its JSON body cannot be bound: the field and the shape expected. */
class JsonErrorDescriptionsTest {

  enum Kind {
    CCG,
    PCT
  }

  record Seat(String name) {}

  record Body(
      String code,
      LocalDate validFrom,
      Integer limit,
      BigDecimal value,
      Boolean active,
      Kind kind,
      List<String> codes,
      List<Seat> seats) {}

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static ProblemException describe(String body) {
    JsonProcessingException error =
        catchThrowableOfType(JsonProcessingException.class, () -> JSON.readValue(body, Body.class));
    assertThat(error).as("Jackson refuses %s", body).isNotNull();
    return JsonErrorDescriptions.describe(error);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"validFrom\":\"2013-13-01\"} | validFrom | must be a date in the form YYYY-MM-DD",
        "{\"limit\":\"many\"}           | limit     | must be a whole number",
        "{\"value\":\"lots\"}           | value     | must be a number",
        "{\"active\":\"perhaps\"}       | active    | must be true or false",
        "{\"kind\":\"PCG\"}             | kind      | must be one of [CCG, PCT]",
        "{\"codes\":\"00C\"}            | codes     | must be an array",
        "{\"code\":{\"a\":1}}           | code      | must be a string",
        "{\"seats\":[{\"nom\":\"x\"}]}  | seats[0].nom | is not a known field",
        "{\"colour\":\"red\"}           | colour    | is not a known field"
      })
  void a_field_of_the_wrong_shape_is_named_with_the_shape_expected(
      String body, String field, String message) {
    ProblemException problem = describe(body);
    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
    assertThat(problem.errors()).containsExactly(new FieldViolation(field, message));
    assertThat(problem.getMessage()).isEqualTo(field + ": " + message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"code\": | The body is not valid JSON at line 1, column 9",
        "[1,2]      | The request body must be a JSON object",
        "\"text\"   | The request body must be a JSON object"
      })
  void a_body_that_is_not_a_json_object_is_a_bad_request(String body, String detail) {
    ProblemException problem = describe(body);
    assertThat(problem.type()).isEqualTo(ProblemType.BAD_REQUEST);
    assertThat(problem.getMessage()).startsWith(detail.replaceAll(" at line.*", ""));
    assertThat(problem.getMessage()).doesNotContain("Body", "java.", "Exception");
  }
}
