package org.landscape.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.Problem;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemExceptionMappers;
import org.landscape.common.problem.ProblemType;

/**
 * The one conversion of query, path and header parameters: every malformed or blank value is a
 * validation problem naming the parameter, never a null that a primitive parameter cannot take.
 */
class QueryParameterConvertersTest {

  enum Kind {
    CCG,
    PCT
  }

  /** Stands for a resource method: the converter sees each parameter's type and annotations. */
  @SuppressWarnings("unused")
  static void resource(
      @QueryParam("after") long after,
      @QueryParam("limit") int limit,
      @QueryParam("offset") Integer offset,
      @QueryParam("total") Long total,
      @QueryParam("dryRun") boolean dryRun,
      @QueryParam("active") Boolean active,
      @QueryParam("asOf") LocalDate asOf,
      @QueryParam("knownAt") Instant knownAt,
      @QueryParam("kind") Kind kind,
      @QueryParam("name") String name,
      @PathParam("id") long id,
      @HeaderParam("Idempotency-Key") UUID key) {}

  private static final QueryParameterConverters CONVERTERS = new QueryParameterConverters();

  private static ParamConverter<?> converter(String name) {
    Method method =
        Arrays.stream(QueryParameterConvertersTest.class.getDeclaredMethods())
            .filter(m -> m.getName().equals("resource"))
            .findFirst()
            .orElseThrow();
    for (Parameter parameter : method.getParameters()) {
      Annotation[] annotations = parameter.getAnnotations();
      if (QueryParameterConverters.parameterName(annotations).equals(name)) {
        return CONVERTERS.getConverter(
            parameter.getType(), parameter.getParameterizedType(), annotations);
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static FieldViolation refusal(String name, String value) {
    InvalidParameterException refused =
        catchThrowableOfType(
            InvalidParameterException.class, () -> converter(name).fromString(value));
    assertThat(refused).as("%s=%s is refused", name, value).isNotNull();
    ProblemException problem = (ProblemException) refused.getCause();
    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
    assertThat(problem.errors()).hasSize(1);
    return problem.errors().getFirst();
  }

  @ParameterizedTest(name = "{0}=\"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "after  | 42                                   | 42",
        "after  | ' 7 '                                | 7",
        "limit  | 500                                  | 500",
        "offset | 0                                    | 0",
        "total  | -3                                   | -3",
        "dryRun | true                                 | true",
        "dryRun | FALSE                                | false",
        "active | True                                 | true",
        "asOf   | 2014-10-01                           | 2014-10-01",
        "asOf   | 0001-01-01                           | 0001-01-01",
        "asOf   | 9999-12-31                           | 9999-12-31",
        "name   | ' Whinfield Surgery '                  | ' Whinfield Surgery '",
        "kind   | ccg                                  | CCG",
        "id     | 12                                   | 12",
        "Idempotency-Key | 3f2c1d6e-8a4b-4c1e-9f00-1234567890ab | 3f2c1d6e-8a4b-4c1e-9f00-1234567890ab"
      })
  void convertsWellFormedValues(String name, String value, String expected) {
    assertThat(String.valueOf(converter(name).fromString(value))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}=\"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "after  | abc        | must be a whole number",
        "after  | 1.5        | must be a whole number",
        "limit  | 99999999999 | must be a whole number",
        "offset | x          | must be a whole number",
        "total  | 0x10       | must be a whole number",
        "dryRun | yes        | must be true or false",
        "active | 1          | must be true or false",
        "asOf   | 2014-13-01 | must be a date in the form YYYY-MM-DD, from 0001-01-01 to 9999-12-31",
        "asOf   | 01/10/2014 | must be a date in the form YYYY-MM-DD, from 0001-01-01 to 9999-12-31",
        "asOf   | +999999999-01-01 | must be a date in the form YYYY-MM-DD, from 0001-01-01 to 9999-12-31",
        "asOf   | -0001-12-31 | must be a date in the form YYYY-MM-DD, from 0001-01-01 to 9999-12-31",
        "asOf   | 0000-12-31 | must be a date in the form YYYY-MM-DD, from 0001-01-01 to 9999-12-31",
        "knownAt | 2026-01-01 | must be an instant in the form 2026-01-01T00:00:00Z, in the years 0001 to 9999",
        "knownAt | +10000-01-01T00:00:00Z | must be an instant in the form 2026-01-01T00:00:00Z, in the years 0001 to 9999",
        "kind   | ICB        | must be one of CCG, PCT",
        "Idempotency-Key | not-a-uuid | must be a UUID"
      })
  void refusesMalformedValuesNamingTheParameter(String name, String value, String message) {
    assertThat(refusal(name, value)).isEqualTo(new FieldViolation(name, message));
  }

  /** What {@code ?after=+}, {@code ?dryRun=%20} or a path segment {@code %20} decode to. */
  @ParameterizedTest
  @ValueSource(strings = {"", " ", "  ", "\t", "\n"})
  void refusesBlankValuesOfEveryType(String blank) {
    for (String name :
        new String[] {
          "after",
          "limit",
          "offset",
          "total",
          "dryRun",
          "active",
          "asOf",
          "knownAt",
          "kind",
          "id",
          "Idempotency-Key"
        }) {
      FieldViolation violation = refusal(name, blank);
      assertThat(violation.field()).isEqualTo(name);
      assertThat(violation.message()).startsWith("must be ").endsWith(", not blank");
    }
  }

  @Test
  void anAbsentValueWithoutDefaultStaysAbsent() {
    assertThat(converter("asOf").fromString(null)).isNull();
    assertThat(converter("offset").fromString(null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "A81001\u0000", "x\u0001y", "\u001b[31m", "\u007f"})
  void refusesTextWithControlCharacters(String text) {
    assertThat(refusal("name", text))
        .isEqualTo(new FieldViolation("name", "must not contain control characters"));
  }

  @Test
  void leavesOtherTypesToJaxRs() {
    assertThat(CONVERTERS.getConverter(Double.class, Double.class, new Annotation[0])).isNull();
  }

  @Test
  void aRefusedParameterIsAValidationProblemNamingIt() {
    InvalidParameterException refused =
        catchThrowableOfType(
            InvalidParameterException.class, () -> converter("limit").fromString(" "));
    Response response = new ProblemExceptionMappers().http(refused, null);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
    Problem problem = (Problem) response.getEntity();
    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED.type());
    assertThat(problem.detail()).isEqualTo("limit: must be a whole number, not blank");
    assertThat(problem.errors())
        .containsExactly(new FieldViolation("limit", "must be a whole number, not blank"));
  }
}
