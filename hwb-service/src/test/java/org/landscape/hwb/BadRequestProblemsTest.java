package org.landscape.hwb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.hwb.Fixtures.councilWithBoard;
import static org.landscape.testsupport.ProblemAssertions.assertNoInternals;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscape.testsupport.RawRequest;
import org.landscape.testsupport.TestTokens;

/**
 * Bad parameters and requests the HTTP layer refuses, each answered with a problem naming what is
 * wrong: never a 500, never a bare status.
 */
@QuarkusTest
class BadRequestProblemsTest {

  /** Sends the target as written: "+" is a space in a query, %20 one in a path. */
  private static RequestSpecification raw(String token) {
    RequestSpecification request = given().urlEncodingEnabled(false);
    return token == null ? request : request.auth().oauth2(token);
  }

  private static void assertInvalidParameter(Response response, String parameter) {
    assertThat(failingFields(assertProblem(response, 400, "validation-failed")))
        .containsExactly(parameter);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+", "%20%20", "%09", "+%0A"})
  void blankNumbersOfTheChangeFeedAreRefused(String blank) {
    assertInvalidParameter(raw(null).get("/changes?after=" + blank), "after");
    assertInvalidParameter(raw(null).get("/changes?limit=" + blank), "limit");
  }

  @Test
  void anEmptyValueIsNoValue() {
    // JAX-RS gives a parameter sent empty its default, as if it were absent
    raw(null).get("/changes?after=&limit=").then().statusCode(200);
  }

  @Test
  void blankPagingParametersAreRefused() {
    assertInvalidParameter(raw(null).get("/local-authorities?limit=+"), "limit");
    assertInvalidParameter(raw(null).get("/local-authorities?offset=+"), "offset");
  }

  @Test
  void blankDatesAndEnumsAreRefused() {
    String board = councilWithBoard();
    assertInvalidParameter(raw(null).get("/boards/" + board + "/members?asOf=+"), "asOf");
    assertInvalidParameter(raw(null).get("/boards/" + board + "/joint-documents?kind=+"), "kind");
  }

  @Test
  void aBlankDryRunOfAnImportIsRefused() {
    assertInvalidParameter(
        raw(TestTokens.withRoles("importer"))
            .multiPart("districts", "d.csv", "LAD15CD\n".getBytes(StandardCharsets.UTF_8))
            .multiPart("upperTiers", "u.csv", "LTLA17CD\n".getBytes(StandardCharsets.UTF_8))
            .post("/local-authorities/import?dryRun=+"),
        "dryRun");
    assertInvalidParameter(
        raw(TestTokens.withRoles("editor"))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "predecessorCodes", java.util.List.of("91B"),
                    "successorCode", "D2P9K",
                    "effectiveDate", "2018-04-01"))
            .post("/ccg-seat-handovers?dryRun=+"),
        "dryRun");
  }

  @Test
  void aBlankPathSegmentIsRefused() {
    String board = councilWithBoard();
    assertInvalidParameter(raw(null).get("/boards/" + board + "/joint-documents/%20"), "id");
    assertInvalidParameter(raw(null).get("/boards/" + board + "/members/%20"), "id");
    assertInvalidParameter(
        raw(TestTokens.withRoles("editor"))
            .contentType(ContentType.JSON)
            .header("If-Match", "\"0\"")
            .body(Map.of("kind", "JOINT_STRATEGIC_NEEDS_ASSESSMENT", "validFrom", "2013-04-01"))
            .put("/boards/" + board + "/joint-documents/%20"),
        "id");
  }

  @Test
  void aMalformedNumberInAPathIsRefusedNamingIt() {
    String board = councilWithBoard();
    assertInvalidParameter(raw(null).get("/boards/" + board + "/joint-documents/abc"), "id");
  }

  @Test
  void anOverLongRequestLineIsAProblem() throws Exception {
    RawRequest.Answer answer = RawRequest.get("/local-authorities?name=" + "x".repeat(9_000));
    assertHttpLayerProblem(answer, 414, "uri-too-long");
  }

  @Test
  void overLargeHeadersAreAProblem() throws Exception {
    RawRequest.Answer answer =
        RawRequest.get("/local-authorities", "X-Padding: " + "x".repeat(40_000));
    assertHttpLayerProblem(answer, 431, "header-fields-too-large");
    String[] many = new String[400];
    Arrays.setAll(many, i -> "X-Padding-" + i + ": " + "y".repeat(100));
    assertHttpLayerProblem(
        RawRequest.get("/local-authorities", many), 431, "header-fields-too-large");
  }

  @Test
  void aMalformedHostIsAProblem() throws Exception {
    RawRequest.Answer answer =
        RawRequest.send("GET /local-authorities HTTP/1.1\r\nHost: localhost:abc", new byte[0]);
    assertThat(answer.status()).as(answer.head()).isLessThan(500);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertNoInternals(answer.body());
  }

  @Test
  void aChunkedBodyLargerThanAcceptedIsRefused() throws Exception {
    // the test profile accepts 4 MiB; this body announces no length and sends 5 MiB
    // a JSON string that goes on past the limit, so that nothing refuses it before the limit
    StringBuilder chunks = new StringBuilder();
    String opening = "{\"code\":\"E06000001\",\"name\":\"";
    chunks
        .append(Integer.toHexString(opening.length()))
        .append("\r\n")
        .append(opening)
        .append("\r\n");
    String chunk = "x".repeat(64 * 1024);
    for (int i = 0; i < 80; i++) {
      chunks
          .append(Integer.toHexString(chunk.length()))
          .append("\r\n")
          .append(chunk)
          .append("\r\n");
    }
    chunks.append("0\r\n\r\n");
    RawRequest.Answer answer =
        RawRequest.send(
            "POST /local-authorities HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\n"
                + "Authorization: Bearer "
                + TestTokens.withRoles("editor")
                + "\r\nTransfer-Encoding: chunked",
            chunks.toString().getBytes(StandardCharsets.US_ASCII));
    // RESTEasy answers this one itself, without a body, once the stream passes the limit
    assertThat(answer.status()).as(answer.head()).isEqualTo(413);
    assertNoInternals(answer.body());
  }

  private static void assertHttpLayerProblem(RawRequest.Answer answer, int status, String slug) {
    assertThat(answer.status()).as(answer.head()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.body())
        .contains("\"type\":\"urn:landscape:problem:" + slug + "\"")
        .contains("\"status\":" + status);
    assertNoInternals(answer.body());
  }
}
