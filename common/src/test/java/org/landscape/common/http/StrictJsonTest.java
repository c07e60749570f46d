package org.landscape.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemExceptionMappers;

/**
 * What a JSON body may hold beyond its schema: values that Jackson would bind, but that the
 * database cannot store or that are not what they claim to be, are refused naming the field.
 */
class StrictJsonTest {

  enum Kind {
    CCG,
    PCT
  }

  record Body(
      String code,
      LocalDate validFrom,
      Integer limit,
      Boolean active,
      Kind kind,
      List<String> codes) {}

  private static final ObjectMapper JSON = strict();

  private static ObjectMapper strict() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    new StrictJson().customize(mapper);
    return mapper;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"validFrom\":\"+999999999-01-01\"} | validFrom | must be a date from 0001-01-01 to 9999-12-31",
        "{\"validFrom\":\"-0001-12-31\"}      | validFrom | must be a date from 0001-01-01 to 9999-12-31",
        "{\"validFrom\":\"\"}                 | validFrom | must be a date in the form YYYY-MM-DD",
        "{\"limit\":\"\"}                     | limit     | must be a whole number",
        "{\"active\":\"\"}                    | active    | must be true or false",
        "{\"kind\":\"\"}                      | kind      | must be one of [CCG, PCT]",
        "{\"code\":\"A81001\\u0000\"}         | code      | must not contain control characters",
        "{\"code\":\"\\u001b[31m\"}           | code      | must not contain control characters",
        "{\"codes\":[\"00C\",\"\\u0000\"]}    | codes[1]  | must not contain control characters"
      })
  void refusesNamingTheField(String body, String field, String message) {
    JsonProcessingException error =
        catchThrowableOfType(JsonProcessingException.class, () -> JSON.readValue(body, Body.class));
    assertThat(error).as("refuses %s", body).isNotNull();
    jakarta.ws.rs.core.Response response = new ProblemExceptionMappers().json(error, null);
    assertThat(response.getStatus()).isEqualTo(400);
    org.landscape.common.problem.Problem problem =
        (org.landscape.common.problem.Problem) response.getEntity();
    assertThat(problem.errors()).containsExactly(new FieldViolation(field, message));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"validFrom\":\"0001-01-01\",\"code\":\"tab\\tand\\nnew line\"}",
        "{\"validFrom\":\"9999-12-31\",\"code\":\"\"}",
        "{\"validFrom\":null,\"limit\":null}"
      })
  void takesWhatTheSuiteStores(String body) throws Exception {
    assertThat(JSON.readValue(body, Body.class)).isNotNull();
  }
}
