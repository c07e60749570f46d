package org.landscape.commissioning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.commissioning.Fixtures.editor;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.testsupport.ChangeFeedProbe;

/** Providers registered through the API, with fictional codes (Q and digits, Z9xxxx). */
@QuarkusTest
@ConnectWireMock
class ProviderResourceTest {

  WireMock wiremock;

  @BeforeEach
  void peersAnswer() throws Exception {
    Fixtures.peersAnswer(wiremock);
  }

  static Map<String, Object> provider(String code, String kind) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "PROVIDER " + code);
    body.put("kind", kind);
    body.put("openDate", "2010-04-01");
    return body;
  }

  @Test
  void registersAProviderAndReadsItWithItsETag() {
    Map<String, Object> body = provider("NT401", "INDEPENDENT_SECTOR");
    body.put("name", "  CIRCLE TEST HOSPITAL ");
    Response created = editor().body(body).post("/providers");
    created.then().statusCode(201);
    assertThat(created.header("Location")).endsWith("/providers/NT401");
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    Response read = given().get("/providers/NT401");
    read.then().statusCode(200);
    assertThat(read.header("ETag")).isEqualTo("\"0\"");
    assertThat(read.jsonPath().getString("name")).isEqualTo("CIRCLE TEST HOSPITAL");
    assertThat(read.jsonPath().getString("kind")).isEqualTo("INDEPENDENT_SECTOR");
    assertThat(read.jsonPath().getString("openDate")).isEqualTo("2010-04-01");
    assertProblem(editor().body(body).post("/providers"), 409, "conflict");
  }

  @Test
  void aGpPracticeProviderMustBeAPracticeThatPracticeServiceKnows() throws Exception {
    PracticeStub.practice(wiremock, "Z90001", "00C");
    editor().body(provider("Z90001", "GP_PRACTICE")).post("/providers").then().statusCode(201);
    JsonPath unknown =
        assertProblem(
            editor().body(provider("Z90002", "GP_PRACTICE")).post("/providers"),
            422,
            "rule-violated");
    assertThat(unknown.getString("detail")).contains("Z90002").contains("practice-service");
    assertProblem(given().get("/providers/Z90002"), 404, "not-found");
  }

  @Test
  void withPracticeServiceDownAGpPracticeIsRefusedAndNothingIsWritten() {
    PracticeStub.beUnreachable(wiremock);
    long before = ChangeFeedProbe.latestSequence();
    JsonPath problem =
        assertProblem(
            editor().body(provider("Z90003", "GP_PRACTICE")).post("/providers"),
            503,
            "peer-unavailable");
    assertThat(problem.getString("detail")).contains("practice-service");
    assertProblem(given().get("/providers/Z90003"), 404, "not-found");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
    // providers of other kinds need no peer
    editor().body(provider("VS401", "VOLUNTARY_SECTOR")).post("/providers").then().statusCode(201);
  }

  @Test
  void invalidProvidersAreRefusedWithTheFailingFields() {
    assertThat(
            failingFields(
                assertProblem(
                    editor().body(Map.of()).post("/providers"), 400, "validation-failed")))
        .containsExactlyInAnyOrder("code", "name", "kind");
    assertThat(
            failingFields(
                assertProblem(
                    editor().body(provider("RX1", "GP_PRACTICE")).post("/providers"),
                    400,
                    "validation-failed")))
        .containsExactly("code");
    assertThat(
            failingFields(
                assertProblem(
                    editor().body(provider("r-x", "NHS_TRUST")).post("/providers"),
                    400,
                    "validation-failed")))
        .containsExactly("code");
    Map<String, Object> closedBeforeOpening = provider("IS402", "INDEPENDENT_SECTOR");
    closedBeforeOpening.put("closeDate", "2009-01-01");
    assertThat(
            failingFields(
                assertProblem(
                    editor().body(closedBeforeOpening).post("/providers"),
                    400,
                    "validation-failed")))
        .containsExactly("closeDate");
    assertThat(
            failingFields(
                assertProblem(
                    editor().body(provider("IS403", "HOSPICE")).post("/providers"),
                    400,
                    "validation-failed")))
        .containsExactly("kind");
    Map<String, Object> unknownField = provider("IS404", "INDEPENDENT_SECTOR");
    unknownField.put("beds", 40);
    assertThat(
            failingFields(
                assertProblem(
                    editor().body(unknownField).post("/providers"), 400, "validation-failed")))
        .containsExactly("beds");
    assertProblem(editor().body("{\"code\": ").post("/providers"), 400, "bad-request");
    assertProblem(given().get("/providers/not-a-code"), 400, "validation-failed");
    assertProblem(given().get("/providers/RZZZ9"), 404, "not-found");
  }

  @Test
  void registeringNeedsTheEditorRole() {
    Map<String, Object> body = provider("IS405", "INDEPENDENT_SECTOR");
    assertProblem(
        given().contentType(ContentType.JSON).body(body).post("/providers"),
        401,
        "unauthenticated");
    assertProblem(Fixtures.as("importer").body(body).post("/providers"), 403, "forbidden");
    assertProblem(given().get("/providers/IS405"), 404, "not-found");
  }

  @Test
  void searchesByNameKindAndOpeningOnADate() {
    Map<String, Object> closing = provider("IS406", "INDEPENDENT_SECTOR");
    closing.put("name", "SEARCHABLE CLINIC");
    closing.put("closeDate", "2015-04-01");
    editor().body(closing).post("/providers").then().statusCode(201);
    assertThat(search(Map.of("name", "searchable clinic"))).containsExactly("IS406");
    assertThat(search(Map.of("name", "searchable", "kind", "INDEPENDENT_SECTOR")))
        .containsExactly("IS406");
    assertThat(search(Map.of("name", "searchable", "kind", "NHS_TRUST"))).isEmpty();
    assertThat(search(Map.of("name", "searchable", "asOf", "2015-03-31"))).containsExactly("IS406");
    assertThat(search(Map.of("name", "searchable", "asOf", "2015-04-01"))).isEmpty();
    assertThat(search(Map.of("name", "50%_"))).isEmpty();
    JsonPath page =
        given()
            .queryParam("limit", 1)
            .get("/providers")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items")).hasSize(1);
    assertThat(page.getLong("total")).isPositive();
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("limit", 0).get("/providers"), 400, "validation-failed")))
        .containsExactly("limit");
    assertProblem(given().queryParam("kind", "PCT").get("/providers"), 400, "validation-failed");
    assertProblem(
        given().queryParam("asOf", "2015-02-30").get("/providers"), 400, "validation-failed");
  }

  private static java.util.List<String> search(Map<String, ?> query) {
    return given()
        .queryParams(query)
        .get("/providers")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.code", String.class);
  }
}
