package org.landscape.hwb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.hwb.Fixtures.council;
import static org.landscape.hwb.Fixtures.councilWithBoard;
import static org.landscape.hwb.Fixtures.editor;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscape.testsupport.ChangeFeedProbe;
import org.landscape.testsupport.TestTokens;

/**
 * Boards through the API, on fictional councils. Establishing every board at once writes to the
 * whole register, so it is exercised on the official files in {@link BoardsOfEnglandTest}.
 */
@QuarkusTest
class BoardResourceTest {

  private static Response create(Map<String, Object> board) {
    return editor().body(board).post("/boards");
  }

  @Test
  void establishesABoardWithTheDefaultDatesLocationAndETag() {
    String code = council();
    Response created = create(Map.of("authorityCode", code));
    created.then().statusCode(201);
    assertThat(created.header("Location")).endsWith("/boards/" + code);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    JsonPath board = created.jsonPath();
    assertThat(board.getString("code")).isEqualTo(code);
    assertThat(board.getString("name"))
        .isEqualTo("Testbury " + code + " Health and Wellbeing Board");
    assertThat(board.getString("shadowStart")).isEqualTo("2012-04-01");
    assertThat(board.getString("statutoryStart")).isEqualTo("2013-04-01");
    assertThat(board.getString("validFrom")).isEqualTo("2012-04-01");
    assertThat(board.getString("validTo")).isNull();
    assertThat(board.getString("stage")).isEqualTo("STATUTORY");

    Response shadow = given().queryParam("asOf", "2012-10-01").get("/boards/" + code);
    shadow.then().statusCode(200);
    assertThat(shadow.header("ETag")).isEqualTo("\"0\"");
    assertThat(shadow.jsonPath().getString("stage")).isEqualTo("SHADOW");
    assertProblem(
        given().queryParam("asOf", "2012-03-31").get("/boards/" + code), 404, "not-found");
    assertProblem(given().get("/boards/" + council()), 404, "not-found");
  }

  @Test
  void onlyAnUpperTierCouncilOfTheRegisterHostsABoard() {
    String county = Fixtures.newCode("E10");
    editor()
        .body(Map.of("code", county, "name", "Testshire"))
        .post("/local-authorities")
        .then()
        .statusCode(201);
    String district = Fixtures.newCode("E07");
    editor()
        .body(Map.of("code", district, "name", "Testdale", "upperTierCode", county))
        .post("/local-authorities")
        .then()
        .statusCode(201);

    JsonPath refused =
        assertProblem(create(Map.of("authorityCode", district)), 400, "validation-failed");
    assertThat(failingFields(refused)).containsExactly("authorityCode");
    assertThat(refused.getString("errors[0].message")).contains("district");
    assertThat(
            failingFields(
                assertProblem(
                    create(Map.of("authorityCode", "E06989999")), 400, "validation-failed")))
        .containsExactly("authorityCode");
    assertThat(
            failingFields(
                assertProblem(
                    create(Map.of("authorityCode", "E05000001")), 400, "validation-failed")))
        .containsExactly("authorityCode");
    assertProblem(given().get("/boards/" + district), 404, "not-found");

    create(Map.of("authorityCode", county, "name", "Testshire Wellbeing Board"))
        .then()
        .statusCode(201);
  }

  @Test
  void aBoardsDatesMustBeInOrder() {
    Map<String, Object> backwards =
        Map.of(
            "authorityCode",
            council(),
            "shadowStart",
            "2013-04-01",
            "statutoryStart",
            "2012-04-01",
            "validFrom",
            "2014-01-01",
            "validTo",
            "2013-01-01");
    assertThat(failingFields(assertProblem(create(backwards), 400, "validation-failed")))
        .containsExactlyInAnyOrder("statutoryStart", "validFrom", "validTo");
  }

  @Test
  void aCouncilHasOneBoardAtATime() {
    String code = council();
    create(Map.of("authorityCode", code, "validTo", "2016-04-01")).then().statusCode(201);
    assertProblem(create(Map.of("authorityCode", code)), 409, "conflict");
    create(
            Map.of(
                "authorityCode",
                code,
                "name",
                "Second board",
                "shadowStart",
                "2016-04-01",
                "statutoryStart",
                "2016-04-01"))
        .then()
        .statusCode(201);

    assertThat(given().get("/boards/" + code).jsonPath().getString("name"))
        .isEqualTo("Second board");
    assertThat(
            given()
                .queryParam("asOf", "2014-01-01")
                .get("/boards/" + code)
                .jsonPath()
                .getString("validTo"))
        .isEqualTo("2016-04-01");
  }

  @Test
  void listsFilterByNameStageDateAndPage() {
    String marker = "Qzb" + Fixtures.newCode("");
    String statutory = council();
    String shadow = council();
    create(Map.of("authorityCode", statutory, "name", marker + " early")).then().statusCode(201);
    create(
            Map.of(
                "authorityCode",
                shadow,
                "name",
                marker + " late",
                "shadowStart",
                "2013-01-01",
                "statutoryStart",
                "2014-04-01"))
        .then()
        .statusCode(201);

    JsonPath mid = list(Map.of("name", marker.toLowerCase(), "asOf", "2013-06-01"));
    assertThat(mid.getList("items.code", String.class)).containsExactly(statutory, shadow);
    assertThat(mid.getList("items.stage", String.class)).containsExactly("STATUTORY", "SHADOW");
    assertThat(
            list(Map.of("name", marker, "asOf", "2013-06-01", "stage", "shadow"))
                .getList("items.code", String.class))
        .containsExactly(shadow);
    assertThat(
            list(Map.of("name", marker, "asOf", "2013-06-01", "stage", "STATUTORY"))
                .getList("items.code", String.class))
        .containsExactly(statutory);
    assertThat(
            list(Map.of("name", marker, "asOf", "2012-06-01")).getList("items.code", String.class))
        .containsExactly(statutory);
    JsonPath page = list(Map.of("name", marker, "asOf", "2013-06-01", "limit", 1, "offset", 1));
    assertThat(page.getLong("total")).isEqualTo(2);
    assertThat(page.getList("items.code", String.class)).containsExactly(shadow);
  }

  @Test
  void badParametersAreNamed() {
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("stage", "HALF").get("/boards"), 400, "validation-failed")))
        .containsExactly("stage");
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("asOf", "2014-02-30").get("/boards"),
                    400,
                    "validation-failed")))
        .containsExactly("asOf");
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("limit", 501).get("/boards"), 400, "validation-failed")))
        .containsExactly("limit");
    assertThat(
            failingFields(
                assertProblem(given().get("/boards/E05000001"), 400, "validation-failed")))
        .containsExactly("code");
  }

  @Test
  void updatesNeedTheCurrentETagAndAppearInTheFeed() {
    long before = ChangeFeedProbe.latestSequence();
    String code = councilWithBoard();
    Map<String, Object> changes =
        Map.of(
            "name",
            "Renamed board",
            "shadowStart",
            "2012-04-01",
            "statutoryStart",
            "2013-04-01",
            "validFrom",
            "2012-04-01");
    assertProblem(editor().body(changes).put("/boards/" + code), 428, "precondition-required");
    assertProblem(
        editor().header("If-Match", "\"3\"").body(changes).put("/boards/" + code),
        412,
        "precondition-failed");
    Response updated = editor().header("If-Match", "\"0\"").body(changes).put("/boards/" + code);
    updated.then().statusCode(200);
    assertThat(updated.header("ETag")).isEqualTo("\"1\"");
    assertThat(updated.jsonPath().getString("name")).isEqualTo("Renamed board");

    Map<String, Object> incomplete = Map.of("name", "", "shadowStart", "2012-04-01");
    assertThat(
            failingFields(
                assertProblem(
                    editor().header("If-Match", "\"1\"").body(incomplete).put("/boards/" + code),
                    400,
                    "validation-failed")))
        .containsExactlyInAnyOrder("name", "statutoryStart", "validFrom");

    JsonPath feed = given().queryParam("after", before).get("/changes").jsonPath();
    List<Map<String, Object>> boardChanges =
        feed.<Map<String, Object>>getList("items").stream()
            .filter(change -> "health-and-wellbeing-board".equals(change.get("resourceType")))
            .toList();
    assertThat(boardChanges)
        .extracting(change -> change.get("resourceId") + " " + change.get("changeType"))
        .containsExactly(code + " CREATED", code + " UPDATED");
  }

  @Test
  void aBoardsValidityMustCoverItsSeats() {
    String code = councilWithBoard();
    Fixtures.seat(code, Fixtures.seat("A Councillor", "ELECTED_COUNCILLOR", "2014-01-01"))
        .then()
        .statusCode(201);
    Map<String, Object> shorter =
        new HashMap<>(
            Map.of(
                "name",
                "Short-lived",
                "shadowStart",
                "2012-04-01",
                "statutoryStart",
                "2013-04-01",
                "validFrom",
                "2012-04-01",
                "validTo",
                "2013-10-01"));
    JsonPath refused =
        assertProblem(
            editor().header("If-Match", "\"0\"").body(shorter).put("/boards/" + code),
            422,
            "rule-violated");
    assertThat(refused.getString("detail")).contains("BOARD_VALIDITY_COVERS_ITS_RECORDS");
    assertThat(given().get("/boards/" + code).jsonPath().getString("validTo")).isNull();
  }

  @Test
  void writesNeedTheEditorRoleAndChangeNothingWithout() {
    String code = councilWithBoard();
    String other = council();
    long before = ChangeFeedProbe.latestSequence();
    assertProblem(
        given().contentType(ContentType.JSON).body(Map.of("authorityCode", other)).post("/boards"),
        401,
        "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .contentType(ContentType.JSON)
            .body(Map.of("authorityCode", other))
            .post("/boards"),
        403,
        "forbidden");
    assertProblem(
        given()
            .contentType(ContentType.JSON)
            .header("If-Match", "\"0\"")
            .body(Map.of("name", "X"))
            .put("/boards/" + code),
        401,
        "unauthenticated");
    assertProblem(
        given().auth().oauth2(TestTokens.expired("editor")).post("/boards/bulk"),
        401,
        "unauthenticated");
    assertProblem(
        given().auth().oauth2(TestTokens.withRoles("service")).post("/boards/bulk"),
        403,
        "forbidden");
    assertProblem(given().get("/boards/" + other), 404, "not-found");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
  }

  @Test
  void establishingEveryBoardValidatesItsDatesBeforeWriting() {
    long before = ChangeFeedProbe.latestSequence();
    JsonPath refused =
        assertProblem(
            editor()
                .queryParam("shadowStart", "2013-04-01")
                .queryParam("statutoryStart", "2012-04-01")
                .post("/boards/bulk"),
            400,
            "validation-failed");
    assertThat(failingFields(refused)).containsExactly("statutoryStart");
    assertThat(
            failingFields(
                assertProblem(
                    editor().queryParam("shadowStart", "2012-04-31").post("/boards/bulk"),
                    400,
                    "validation-failed")))
        .containsExactly("shadowStart");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
  }

  @Test
  void unknownFieldsWrongTypesAndMissingBodiesAreValidationProblems() {
    String code = council();
    assertThat(
            failingFields(
                assertProblem(
                    create(Map.of("authorityCode", code, "colour", "red")),
                    400,
                    "validation-failed")))
        .containsExactly("colour");
    assertThat(
            failingFields(
                assertProblem(
                    create(Map.of("authorityCode", code, "validTo", List.of(1))),
                    400,
                    "validation-failed")))
        .containsExactly("validTo");
    assertProblem(editor().post("/boards"), 400, "validation-failed");
    assertProblem(editor().body("{\"authorityCode\":").post("/boards"), 400, "bad-request");
  }

  private static JsonPath list(Map<String, ?> query) {
    return given().queryParams(query).get("/boards").then().statusCode(200).extract().jsonPath();
  }
}
