package org.landscape.hwb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.hwb.Fixtures.ccgSeat;
import static org.landscape.hwb.Fixtures.councilWithBoard;
import static org.landscape.hwb.Fixtures.editor;
import static org.landscape.hwb.Fixtures.seat;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.hwb.CcgStub.Ccg;
import org.landscape.testsupport.ChangeFeedProbe;
import org.landscape.testsupport.TestTokens;

/** Board seats through the API, on fictional councils, with ccg-service stubbed. */
@QuarkusTest
@ConnectWireMock
class BoardMemberResourceTest {

  WireMock wiremock;

  @BeforeEach
  void forgetStubs() {
    wiremock.resetMappings();
  }

  @Test
  void addsAndReadsASeatWithLocationAndETag() {
    String board = councilWithBoard();
    Response added =
        Fixtures.seat(board, seat("  Cllr A Example ", "ELECTED_COUNCILLOR", "2013-04-01"));
    added.then().statusCode(201);
    long id = added.jsonPath().getLong("id");
    assertThat(added.header("Location")).endsWith("/boards/" + board + "/members/" + id);
    assertThat(added.header("ETag")).isEqualTo("\"0\"");
    assertThat(added.jsonPath().getString("personName")).isEqualTo("Cllr A Example");
    assertThat(added.jsonPath().getString("boardCode")).isEqualTo(board);

    Response read = given().get("/boards/" + board + "/members/" + id);
    read.then().statusCode(200);
    assertThat(read.header("ETag")).isEqualTo("\"0\"");
    assertThat(read.jsonPath().getString("role")).isEqualTo("ELECTED_COUNCILLOR");
    assertProblem(
        given().get("/boards/" + councilWithBoard() + "/members/" + id), 404, "not-found");
    assertProblem(given().get("/boards/" + board + "/members/999999999"), 404, "not-found");
  }

  @Test
  void aCcgRepresentativesCcgIsCheckedWithCcgService() {
    String board = councilWithBoard();
    CcgStub.lookup(wiremock, "2013-04-01", Ccg.operational("97A", board));
    Response added = Fixtures.seat(board, ccgSeat("Dr B Example", "97A", "2013-04-01", null));
    added.then().statusCode(201);
    assertThat(added.jsonPath().getString("ccgCode")).isEqualTo("97A");

    CcgStub.lookup(wiremock, "2013-04-01", Ccg.unknown("97B"));
    JsonPath unknown =
        assertProblem(
            Fixtures.seat(board, ccgSeat("Dr C", "97B", "2013-04-01", null)),
            400,
            "validation-failed");
    assertThat(failingFields(unknown)).containsExactly("ccgCode");
    assertThat(unknown.getString("errors[0].message")).contains("not a CCG known");

    CcgStub.lookup(wiremock, "2016-01-01", Ccg.closed("97C", "2015-04-01"));
    JsonPath closed =
        assertProblem(
            Fixtures.seat(board, ccgSeat("Dr D", "97C", "2016-01-01", null)),
            400,
            "validation-failed");
    assertThat(failingFields(closed)).containsExactly("ccgCode");
    assertThat(closed.getString("errors[0].message")).contains("closed on 2015-04-01");
  }

  @Test
  void everyBoardsCcgRepresentativesAreListedInOneCall() {
    String board = councilWithBoard();
    CcgStub.lookup(wiremock, "2013-04-01", Ccg.operational("96A", board));
    Fixtures.seat(board, ccgSeat("Dr Listed", "96A", "2013-04-01", "2014-04-01"))
        .then()
        .statusCode(201);
    List<Map<String, Object>> seats =
        given()
            .queryParam("asOf", "2013-06-01")
            .queryParam("limit", 500)
            .get("/ccg-representatives")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(seats)
        .anySatisfy(
            seat ->
                assertThat(seat)
                    .containsEntry("boardCode", board)
                    .containsEntry("ccgCode", "96A")
                    .containsEntry("personName", "Dr Listed"));
    assertThat(
            given()
                .queryParam("asOf", "2014-06-01")
                .queryParam("limit", 500)
                .get("/ccg-representatives")
                .jsonPath()
                .getList("items.personName"))
        .doesNotContain("Dr Listed");
    assertProblem(
        given().queryParam("asOf", "soon").get("/ccg-representatives"), 400, "validation-failed");
  }

  @Test
  void onlyACcgRepresentativeNamesACcg() {
    String board = councilWithBoard();
    assertThat(
            failingFields(
                assertProblem(
                    Fixtures.seat(board, seat("Dr E", "CCG_REPRESENTATIVE", "2013-04-01")),
                    400,
                    "validation-failed")))
        .containsExactly("ccgCode");
    Map<String, Object> director =
        new HashMap<>(seat("Dr F", "DIRECTOR_OF_PUBLIC_HEALTH", "2013-04-01"));
    director.put("ccgCode", "97A");
    assertThat(
            failingFields(assertProblem(Fixtures.seat(board, director), 400, "validation-failed")))
        .containsExactly("ccgCode");
  }

  @Test
  void seatsLieWithinTheBoardsValidity() {
    String board = Fixtures.council();
    editor()
        .body(Map.of("authorityCode", board, "validTo", "2016-04-01"))
        .post("/boards")
        .then()
        .statusCode(201);
    JsonPath early =
        assertProblem(
            Fixtures.seat(board, seat("Early", "OTHER", "2011-01-01")), 400, "validation-failed");
    assertThat(failingFields(early)).containsExactly("validFrom");
    assertThat(early.getString("errors[0].message")).contains("2012-04-01 to 2016-04-01");
    assertThat(
            failingFields(
                assertProblem(
                    Fixtures.seat(board, seat("Open-ended", "OTHER", "2014-01-01")),
                    400,
                    "validation-failed")))
        .containsExactly("validTo");
    Map<String, Object> backwards = new HashMap<>(seat("Backwards", "OTHER", "2014-01-01"));
    backwards.put("validTo", "2013-01-01");
    assertThat(
            failingFields(assertProblem(Fixtures.seat(board, backwards), 400, "validation-failed")))
        .containsExactly("validTo");
    assertProblem(
        Fixtures.seat(Fixtures.council(), seat("Nowhere", "OTHER", "2014-01-01")),
        404,
        "not-found");
  }

  @Test
  void aPersonHoldsARoleOnceAtATime() {
    String board = councilWithBoard();
    Fixtures.seat(board, seat("Dr G", "DIRECTOR_OF_PUBLIC_HEALTH", "2013-04-01"))
        .then()
        .statusCode(201);
    assertProblem(
        Fixtures.seat(board, seat("dr g", "DIRECTOR_OF_PUBLIC_HEALTH", "2014-04-01")),
        409,
        "conflict");
    Fixtures.seat(board, seat("Dr G", "DIRECTOR_OF_ADULT_SOCIAL_SERVICES", "2014-04-01"))
        .then()
        .statusCode(201);
  }

  @Test
  void listsFilterByRoleCcgDateAndPage() {
    String board = councilWithBoard();
    CcgStub.lookup(wiremock, "2013-04-01", Ccg.operational("97D", board));
    Fixtures.seat(board, ccgSeat("Dr H", "97D", "2013-04-01", "2015-04-01")).then().statusCode(201);
    Fixtures.seat(board, seat("Cllr I", "ELECTED_COUNCILLOR", "2013-04-01")).then().statusCode(201);
    Fixtures.seat(board, seat("Cllr J", "ELECTED_COUNCILLOR", "2015-04-01")).then().statusCode(201);

    assertThat(members(board, Map.of("asOf", "2014-01-01")).getList("items.personName"))
        .containsExactly("Cllr I", "Dr H");
    assertThat(members(board, Map.of("asOf", "2016-01-01")).getList("items.personName"))
        .containsExactly("Cllr I", "Cllr J");
    assertThat(
            members(board, Map.of("asOf", "2014-01-01", "ccg", "97D")).getList("items.personName"))
        .containsExactly("Dr H");
    JsonPath page =
        members(
            board,
            Map.of("asOf", "2016-01-01", "role", "elected_councillor", "limit", 1, "offset", 1));
    assertThat(page.getLong("total")).isEqualTo(2);
    assertThat(page.getList("items.personName")).containsExactly("Cllr J");

    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("role", "MAYOR").get("/boards/" + board + "/members"),
                    400,
                    "validation-failed")))
        .containsExactly("role");
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("ccg", "0G").get("/boards/" + board + "/members"),
                    400,
                    "validation-failed")))
        .containsExactly("ccg");
    assertProblem(given().get("/boards/" + Fixtures.council() + "/members"), 404, "not-found");
  }

  @Test
  void replacingASeatNeedsTheCurrentETag() {
    String board = councilWithBoard();
    long before = ChangeFeedProbe.latestSequence();
    long id =
        Fixtures.seat(board, seat("Dr K", "DIRECTOR_OF_CHILDRENS_SERVICES", "2013-04-01"))
            .jsonPath()
            .getLong("id");
    Map<String, Object> ended =
        new HashMap<>(seat("Dr K", "DIRECTOR_OF_CHILDRENS_SERVICES", "2013-04-01"));
    ended.put("validTo", "2015-01-01");
    String path = "/boards/" + board + "/members/" + id;
    assertProblem(editor().body(ended).put(path), 428, "precondition-required");
    assertProblem(
        editor().header("If-Match", "\"5\"").body(ended).put(path), 412, "precondition-failed");
    Response replaced = editor().header("If-Match", "\"0\"").body(ended).put(path);
    replaced.then().statusCode(200);
    assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
    assertThat(replaced.jsonPath().getString("validTo")).isEqualTo("2015-01-01");

    JsonPath feed = given().queryParam("after", before).get("/changes").jsonPath();
    assertThat(feed.getList("items.resourceType", String.class)).containsOnly("board-member");
    assertThat(feed.getList("items.resourceId", String.class)).containsOnly(board + "/" + id);
    assertThat(feed.getList("items.changeType", String.class))
        .containsExactly("CREATED", "UPDATED");
  }

  @Test
  void theSeatsAreAnsweredAsTheSuiteHadRecordedThemAtAnInstant() throws Exception {
    String board = councilWithBoard();
    long id =
        Fixtures.seat(board, seat("Dr Q", "DIRECTOR_OF_PUBLIC_HEALTH", "2013-04-01"))
            .jsonPath()
            .getLong("id");
    Instant seated = Instant.now();
    Thread.sleep(5);
    Map<String, Object> ended =
        new HashMap<>(seat("Dr Q", "DIRECTOR_OF_PUBLIC_HEALTH", "2013-04-01"));
    ended.put("validTo", "2014-01-01");
    editor()
        .header("If-Match", "\"0\"")
        .body(ended)
        .put("/boards/" + board + "/members/" + id)
        .then()
        .statusCode(200);

    assertThat(members(board, Map.of("asOf", "2014-06-01")).getLong("total")).isZero();
    JsonPath then = members(board, Map.of("asOf", "2014-06-01", "knownAt", seated.toString()));
    assertThat(then.getList("items.personName", String.class)).containsExactly("Dr Q");
    assertThat(then.getString("items[0].validTo")).isNull();
    assertThat(
            members(board, Map.of("asOf", "2014-06-01", "knownAt", "2000-01-01T00:00:00Z"))
                .getLong("total"))
        .isZero();
    assertThat(
            members(
                    board,
                    Map.of(
                        "asOf", "2013-06-01",
                        "knownAt", Instant.now().toString(),
                        "role", "DIRECTOR_OF_PUBLIC_HEALTH"))
                .getList("items.validTo", String.class))
        .containsExactly("2014-01-01");
  }

  @Test
  void writesNeedTheEditorRole() {
    String board = councilWithBoard();
    long before = ChangeFeedProbe.latestSequence();
    Map<String, Object> body = seat("Dr L", "OTHER", "2013-04-01");
    assertProblem(
        given().contentType(ContentType.JSON).body(body).post("/boards/" + board + "/members"),
        401,
        "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer", "service"))
            .contentType(ContentType.JSON)
            .body(body)
            .post("/boards/" + board + "/members"),
        403,
        "forbidden");
    assertProblem(
        given()
            .contentType(ContentType.JSON)
            .header("If-Match", "\"0\"")
            .body(body)
            .put("/boards/" + board + "/members/1"),
        401,
        "unauthenticated");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
  }

  @Test
  void withCcgServiceUnreachableCcgSeatsAreRefusedAndNothingIsWritten() {
    String board = councilWithBoard();
    CcgStub.beUnreachable(wiremock);
    long before = ChangeFeedProbe.latestSequence();
    JsonPath problem =
        assertProblem(
            Fixtures.seat(board, ccgSeat("Dr M", "97E", "2013-04-01", null)),
            503,
            "peer-unavailable");
    assertThat(problem.getString("detail")).contains("ccg-service");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
    assertThat(members(board, Map.of("asOf", "2014-01-01")).getLong("total")).isZero();

    // seats that name no CCG need no peer
    Fixtures.seat(board, seat("Cllr N", "ELECTED_COUNCILLOR", "2013-04-01")).then().statusCode(201);
  }

  private static JsonPath members(String board, Map<String, ?> query) {
    return given()
        .queryParams(query)
        .get("/boards/" + board + "/members")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
