package org.landscape.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every service must do identically: health, OpenAPI, Swagger UI, metrics, the change feed and
 * problem+json for errors raised before application code runs. Each service runs it with
 * {@code @QuarkusTest class PlatformTest extends ServicePlatformContract}.
 */
public abstract class ServicePlatformContract {

  @Test
  void livenessAndReadinessIncludingTheDatabase() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Database")));
  }

  @Test
  void openApiDocumentHasTitleDescriptionVersionAndBearerScheme() {
    JsonPath document =
        given()
            .accept(ContentType.JSON)
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(document.getString("openapi")).startsWith("3.0");
    assertThat(document.getString("info.title")).contains("-service");
    assertThat(document.getString("info.description")).isNotBlank();
    assertThat(document.getString("info.version")).isNotBlank();
    assertThat(document.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
    assertThat(document.getMap("paths")).containsKey("/changes");
  }

  @Test
  void servedOpenApiDocumentIsTheCommittedOne() {
    OpenApiSnapshot.assertServedIsCommitted(
        given()
            .accept(ContentType.JSON)
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyOperationDocumentsItsProblemResponses() {
    Map<String, Map<String, Object>> paths =
        given()
            .accept(ContentType.JSON)
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("paths");
    assertThat(paths).isNotEmpty();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, value) -> {
                  if (path.startsWith("/q/") || !(value instanceof Map)) {
                    return;
                  }
                  Map<String, Object> operation = (Map<String, Object>) value;
                  Map<String, Map<String, Object>> responses =
                      (Map<String, Map<String, Object>>) operation.get("responses");
                  String where = method.toUpperCase() + " " + path;
                  assertThat(responses).as(where).containsKeys("400", "500");
                  // the FHIR view answers its errors as OperationOutcomes (fhir-support)
                  String errorMediaType =
                      path.equals("/fhir") || path.startsWith("/fhir/")
                          ? "application/fhir+json"
                          : "application/problem+json";
                  assertThat((Map<String, Object>) responses.get("500").get("content"))
                      .as(where)
                      .containsKey(errorMediaType);
                  if (operation.get("security") != null) {
                    assertThat(responses).as(where).containsKeys("401", "403");
                  }
                }));
  }

  @Test
  void swaggerUiIsServed() {
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
  }

  @Test
  void prometheusMetricsAreServed() {
    given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void unknownPathIsANotFoundProblem() {
    assertProblem(given().get("/no-such-resource/anywhere"), 404, "not-found");
  }

  @Test
  void wrongMethodIsAMethodNotAllowedProblem() {
    assertProblem(given().delete("/changes"), 405, "method-not-allowed");
  }

  @Test
  void unacceptableMediaTypeIsAProblem() {
    assertProblem(given().accept("application/xml").get("/changes"), 406, "not-acceptable");
  }

  @Test
  void unexpectedFailuresAreProblemsWithoutInternals() {
    JsonPath problem =
        assertProblem(given().get("/test-support/unexpected-failure"), 500, "internal-error");
    assertThat(problem.getString("detail")).contains("reference");
  }

  @Test
  void everyProblemCarriesTheTraceIdOfItsRequest() {
    String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
    // answered by the REST layer's exception mappers
    assertThat(
            assertProblem(
                    given()
                        .header("traceparent", traceparent)
                        .queryParam("after", -1)
                        .get("/changes"),
                    400,
                    "validation-failed")
                .getString("traceId"))
        .isEqualTo(traceId);
    // answered by the HTTP layer, before any resource
    assertThat(
            assertProblem(
                    given().header("traceparent", traceparent).get("/no-such-resource"),
                    404,
                    "not-found")
                .getString("traceId"))
        .isEqualTo(traceId);
    assertThat(
            assertProblem(
                    given()
                        .header("traceparent", traceparent)
                        .get("/test-support/unexpected-failure"),
                    500,
                    "internal-error")
                .getString("traceId"))
        .isEqualTo(traceId);
    // a request that came without one gets a new trace id, quoted in its problem
    assertThat(
            assertProblem(given().delete("/changes"), 405, "method-not-allowed")
                .getString("traceId"))
        .matches("[0-9a-f]{32}")
        .isNotEqualTo("0".repeat(32));
  }

  @Test
  void changeFeedPagesFromAnySequence() {
    JsonPath page =
        given()
            .queryParam("after", 0)
            .queryParam("limit", 5)
            .get("/changes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(5);
    given()
        .queryParam("after", Long.MAX_VALUE - 1)
        .get("/changes")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
  }

  @Test
  void changeFeedRejectsBadParameters() {
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("after", -1).get("/changes"), 400, "validation-failed")))
        .containsExactly("after");
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("limit", 5000).get("/changes"), 400, "validation-failed")))
        .containsExactly("limit");
    assertProblem(given().queryParam("after", "abc").get("/changes"), 400, "validation-failed");
  }
}
