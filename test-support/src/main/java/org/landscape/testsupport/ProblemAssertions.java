package org.landscape.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** Asserts the one problem+json shape that every error of every service must have. */
public final class ProblemAssertions {

  private ProblemAssertions() {}

  public static JsonPath assertProblem(Response response, int status, String typeSlug) {
    assertThat(response.statusCode()).as("status of %s", response.asString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    JsonPath body = response.jsonPath();
    assertThat(body.getString("type")).isEqualTo("urn:landscape:problem:" + typeSlug);
    assertThat(body.getInt("status")).isEqualTo(status);
    assertThat(body.getString("title")).isNotBlank();
    assertThat(body.getString("detail")).isNotBlank();
    assertNoInternals(response.asString());
    return body;
  }

  /** The field names of a validation problem's errors. */
  public static List<String> failingFields(JsonPath problem) {
    List<Map<String, String>> errors = problem.getList("errors");
    return errors == null ? List.of() : errors.stream().map(e -> e.get("field")).toList();
  }

  public static void assertNoInternals(String body) {
    assertThat(body)
        .doesNotContain("Exception")
        .doesNotContain("at org.")
        .doesNotContain("at io.")
        .doesNotContain("at java.")
        .doesNotContainIgnoringCase("select ")
        .doesNotContainIgnoringCase("insert into")
        .doesNotContain("org.landscape");
  }
}
