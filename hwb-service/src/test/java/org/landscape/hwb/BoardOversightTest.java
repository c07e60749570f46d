package org.landscape.hwb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.hwb.Fixtures.councilWithBoard;
import static org.landscape.hwb.Fixtures.editor;
import static org.landscape.hwb.Fixtures.opinion;
import static org.landscape.hwb.Fixtures.strategy;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.hwb.CcgStub.Ccg;
import org.landscape.testsupport.ChangeFeedProbe;
import org.landscape.testsupport.TestTokens;

/**
 * A board's JSNA and JHWS, its opinions on CCG plans and its oversight gaps, on fictional councils
 * with ccg-service stubbed.
 */
@QuarkusTest
@ConnectWireMock
class BoardOversightTest {

  WireMock wiremock;

  @BeforeEach
  void forgetStubs() {
    wiremock.resetMappings();
  }

  @Test
  void aBoardHasOneStrategyAndOneNeedsAssessmentInForceAtATime() {
    String board = councilWithBoard();
    Response added = strategy(board, "2013-04-01", "2016-04-01");
    added.then().statusCode(201);
    long id = added.jsonPath().getLong("id");
    assertThat(added.header("Location")).endsWith("/boards/" + board + "/joint-documents/" + id);
    assertThat(added.header("ETag")).isEqualTo("\"0\"");
    assertThat(added.jsonPath().getList("priorities"))
        .containsExactly("Reduce health inequalities", "Healthy ageing");
    assertProblem(strategy(board, "2015-04-01", null), 409, "conflict");
    strategy(board, "2016-04-01", null).then().statusCode(201);
    editor()
        .body(
            Map.of(
                "kind",
                "JOINT_STRATEGIC_NEEDS_ASSESSMENT",
                "title",
                "JSNA 2013",
                "priorities",
                List.of("Childhood obesity"),
                "validFrom",
                "2013-04-01"))
        .post("/boards/" + board + "/joint-documents")
        .then()
        .statusCode(201);

    assertThat(documents(board, Map.of("asOf", "2014-01-01")).getList("items.kind"))
        .containsExactly("JOINT_HEALTH_AND_WELLBEING_STRATEGY", "JOINT_STRATEGIC_NEEDS_ASSESSMENT");
    assertThat(
            documents(
                    board,
                    Map.of("asOf", "2017-01-01", "kind", "JOINT_HEALTH_AND_WELLBEING_STRATEGY"))
                .getList("items.validFrom"))
        .containsExactly("2016-04-01");
    given().get("/boards/" + board + "/joint-documents/" + id).then().statusCode(200);
    assertProblem(
        given().get("/boards/" + councilWithBoard() + "/joint-documents/" + id), 404, "not-found");
  }

  @Test
  void documentsAreValidatedAndReplacedWithTheCurrentETag() {
    String board = councilWithBoard();
    Map<String, Object> bad = new HashMap<>();
    bad.put("title", " ");
    bad.put("priorities", List.of(" "));
    bad.put("validFrom", "2013-04-01");
    List<String> fields =
        failingFields(
            assertProblem(
                editor().body(bad).post("/boards/" + board + "/joint-documents"),
                400,
                "validation-failed"));
    assertThat(fields).hasSize(3).contains("kind", "title");
    // common renders a list element's field as priorities.<list element>[0] today
    assertThat(fields)
        .anySatisfy(field -> assertThat(field).startsWith("priorities").endsWith("[0]"));
    bad.put("kind", "JOINT_HEALTH_AND_WELLBEING_STRATEGY");
    bad.put("title", "Empty");
    bad.put("priorities", List.of());
    assertThat(
            failingFields(
                assertProblem(
                    editor().body(bad).post("/boards/" + board + "/joint-documents"),
                    400,
                    "validation-failed")))
        .containsExactly("priorities");

    long id = strategy(board, "2013-04-01", null).jsonPath().getLong("id");
    Map<String, Object> ended =
        Map.of(
            "kind",
            "JOINT_HEALTH_AND_WELLBEING_STRATEGY",
            "title",
            "Wellbeing for Life",
            "priorities",
            List.of("Healthy ageing"),
            "validFrom",
            "2013-04-01",
            "validTo",
            "2016-04-01");
    String path = "/boards/" + board + "/joint-documents/" + id;
    assertProblem(editor().body(ended).put(path), 428, "precondition-required");
    Response replaced = editor().header("If-Match", "\"0\"").body(ended).put(path);
    replaced.then().statusCode(200);
    assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
    assertThat(replaced.jsonPath().getList("priorities")).containsExactly("Healthy ageing");
    assertProblem(
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(ended).put(path),
        401,
        "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .contentType(ContentType.JSON)
            .body(ended)
            .post("/boards/" + board + "/joint-documents"),
        403,
        "forbidden");
  }

  @Test
  void anOpinionOnARelevantCcgsPlanIsRecordedAgainstTheStrategyInForce() {
    String board = councilWithBoard();
    long strategyId = strategy(board, "2013-04-01", null).jsonPath().getLong("id");
    CcgStub.covering(wiremock, board, "2014-02-14", Ccg.operational("95A", board));

    Response given = editor().body(opinion("95A", "2014/15", "2014-02-14")).post(opinions(board));
    given.then().statusCode(201);
    long id = given.jsonPath().getLong("id");
    assertThat(given.header("Location")).endsWith(opinions(board) + "/" + id);
    assertThat(given.header("ETag")).isEqualTo("\"0\"");
    assertThat(given.jsonPath().getLong("strategyId")).isEqualTo(strategyId);
    assertThat(given.jsonPath().getString("opinion")).isEqualTo("TAKES_PROPER_ACCOUNT");
    assertThat(given.jsonPath().getString("financialYear")).isEqualTo("2014/15");

    assertProblem(
        editor().body(opinion("95A", "2014/15", "2014-02-14")).post(opinions(board)),
        409,
        "conflict");

    Map<String, Object> revised = new HashMap<>(opinion("95A", "2014/15", "2014-02-14"));
    revised.put("opinion", "DOES_NOT_TAKE_PROPER_ACCOUNT");
    revised.put("reasons", List.of("Ignores healthy ageing"));
    assertProblem(
        editor().body(revised).put(opinions(board) + "/" + id), 428, "precondition-required");
    Response replaced =
        editor().header("If-Match", "\"0\"").body(revised).put(opinions(board) + "/" + id);
    replaced.then().statusCode(200);
    assertThat(replaced.header("ETag")).isEqualTo("\"1\"");

    assertThat(
            list(opinions(board), Map.of("financialYear", "2014/15", "ccg", "95A"))
                .getList("items.opinion"))
        .containsExactly("DOES_NOT_TAKE_PROPER_ACCOUNT");
    assertThat(list(opinions(board), Map.of("opinion", "TAKES_PROPER_ACCOUNT")).getLong("total"))
        .isZero();
    assertThat(list(opinions(board), Map.of("financialYear", "2015/16")).getLong("total")).isZero();
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("financialYear", "2015/17").get(opinions(board)),
                    400,
                    "validation-failed")))
        .containsExactly("financialYear");
  }

  @Test
  void anOpinionOnACcgThatIsNotRelevantIsRefusedNamingTheRule() {
    String board = councilWithBoard();
    strategy(board, "2013-04-01", null).then().statusCode(201);
    CcgStub.covering(wiremock, board, "2014-02-14", Ccg.operational("95B", board));
    long before = ChangeFeedProbe.latestSequence();

    JsonPath refused =
        assertProblem(
            editor().body(opinion("95C", "2014/15", "2014-02-14")).post(opinions(board)),
            422,
            "rule-violated");
    assertThat(refused.getString("detail"))
        .contains("RELEVANT_CCG")
        .contains("95C")
        .contains("95B");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
    assertThat(list(opinions(board), Map.of()).getLong("total")).isZero();
  }

  @Test
  void anOpinionNeedsAStrategyInForce() {
    String board = councilWithBoard();
    strategy(board, "2014-04-01", null).then().statusCode(201);
    JsonPath refused =
        assertProblem(
            editor().body(opinion("95D", "2014/15", "2014-02-14")).post(opinions(board)),
            422,
            "rule-violated");
    assertThat(refused.getString("detail")).contains("STRATEGY_IN_FORCE");
  }

  @Test
  void aStrategyStaysInForceWhereOpinionsWereJudgedAgainstIt() {
    String board = councilWithBoard();
    long strategyId = strategy(board, "2013-04-01", null).jsonPath().getLong("id");
    CcgStub.covering(wiremock, board, "2014-02-14", Ccg.operational("95E", board));
    editor()
        .body(opinion("95E", "2014/15", "2014-02-14"))
        .post(opinions(board))
        .then()
        .statusCode(201);
    Map<String, Object> later =
        Map.of(
            "kind",
            "JOINT_HEALTH_AND_WELLBEING_STRATEGY",
            "title",
            "Moved",
            "priorities",
            List.of("Healthy ageing"),
            "validFrom",
            "2014-04-01");
    JsonPath refused =
        assertProblem(
            editor()
                .header("If-Match", "\"0\"")
                .body(later)
                .put("/boards/" + board + "/joint-documents/" + strategyId),
            422,
            "rule-violated");
    assertThat(refused.getString("detail")).contains("STRATEGY_IN_FORCE");
  }

  @Test
  void opinionsAreValidated() {
    String board = councilWithBoard();
    for (String year : List.of("2014/16", "14/15", "2014-15", "2099/01")) {
      Map<String, Object> body = new HashMap<>(opinion("95F", "2014/15", "2014-02-14"));
      body.put("financialYear", year);
      assertThat(
              failingFields(
                  assertProblem(
                      editor().body(body).post(opinions(board)), 400, "validation-failed")))
          .as(year)
          .containsExactly("financialYear");
    }
    Map<String, Object> body = new HashMap<>(opinion("95F", "2014/15", "2014-02-14"));
    body.put("opinion", "MAYBE");
    assertThat(
            failingFields(
                assertProblem(editor().body(body).post(opinions(board)), 400, "validation-failed")))
        .containsExactly("opinion");
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .body(Map.of("ccgCode", "5F", "reasons", List.of()))
                        .post(opinions(board)),
                    400,
                    "validation-failed")))
        .containsExactlyInAnyOrder(
            "ccgCode", "financialYear", "givenOn", "opinion", "planReference", "reasons");
    assertProblem(
        editor().body(opinion("95F", "2014/15", "2011-02-14")).post(opinions(board)),
        400,
        "validation-failed");
  }

  @Test
  void opinionsNeedTheEditorRole() {
    String board = councilWithBoard();
    assertProblem(
        given()
            .contentType(ContentType.JSON)
            .body(opinion("95G", "2014/15", "2014-02-14"))
            .post(opinions(board)),
        401,
        "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("service"))
            .contentType(ContentType.JSON)
            .body(opinion("95G", "2014/15", "2014-02-14"))
            .post(opinions(board)),
        403,
        "forbidden");
    assertProblem(
        given()
            .auth()
            .oauth2("not-a-jwt")
            .contentType(ContentType.JSON)
            .header("If-Match", "\"0\"")
            .body(opinion("95G", "2014/15", "2014-02-14"))
            .put(opinions(board) + "/1"),
        401,
        "unauthenticated");
  }

  @Test
  void withCcgServiceUnreachableOpinionsAndGapsAnswer503AndNothingIsWritten() {
    String board = councilWithBoard();
    strategy(board, "2013-04-01", null).then().statusCode(201);
    CcgStub.beUnreachable(wiremock);
    long before = ChangeFeedProbe.latestSequence();
    assertProblem(
        editor().body(opinion("95H", "2014/15", "2014-02-14")).post(opinions(board)),
        503,
        "peer-unavailable");
    assertProblem(
        given()
            .queryParam("financialYear", "2014/15")
            .queryParam("board", board)
            .get("/oversight-gaps"),
        503,
        "peer-unavailable");
    assertProblem(
        given().queryParam("financialYear", "2014/15").get("/oversight-gaps"),
        503,
        "peer-unavailable");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
    assertThat(list(opinions(board), Map.of()).getLong("total")).isZero();

    wiremock.resetMappings();
    CcgStub.covering(wiremock, board, "2014-02-14", Ccg.operational("95H", board));
    editor()
        .body(opinion("95H", "2014/15", "2014-02-14"))
        .post(opinions(board))
        .then()
        .statusCode(201);
  }

  @Test
  void oversightGapsAreTheRelevantCcgsWithoutAnOpinionForTheYear() {
    String board = councilWithBoard();
    strategy(board, "2013-04-01", null).then().statusCode(201);
    CcgStub.covering(
        wiremock,
        board,
        "2014-04-01",
        Ccg.operational("95J", board),
        Ccg.operational("95K", board));
    CcgStub.covering(wiremock, board, "2014-03-01", Ccg.operational("95J", board));
    editor()
        .body(opinion("95J", "2014/15", "2014-03-01"))
        .post(opinions(board))
        .then()
        .statusCode(201);

    JsonPath gaps = gaps(Map.of("financialYear", "2014/15", "board", board));
    assertThat(gaps.getLong("total")).isEqualTo(1);
    assertThat(gaps.getString("items[0].boardCode")).isEqualTo(board);
    assertThat(gaps.getString("items[0].relevantOn")).isEqualTo("2014-04-01");
    assertThat(gaps.getInt("items[0].relevantCcgs")).isEqualTo(2);
    assertThat(gaps.getList("items[0].withoutOpinion.code")).containsExactly("95K");

    CcgStub.covering(wiremock, board, "2014-05-01", Ccg.operational("95K", board));
    editor()
        .body(opinion("95K", "2014/15", "2014-05-01"))
        .post(opinions(board))
        .then()
        .statusCode(201);
    assertThat(gaps(Map.of("financialYear", "2014/15", "board", board)).getLong("total")).isZero();
  }

  @Test
  void oversightGapQueriesAreValidated() {
    assertThat(
            failingFields(assertProblem(given().get("/oversight-gaps"), 400, "validation-failed")))
        .containsExactly("financialYear");
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("financialYear", "2014/2015").get("/oversight-gaps"),
                    400,
                    "validation-failed")))
        .containsExactly("financialYear");
    assertThat(
            failingFields(
                assertProblem(
                    given()
                        .queryParam("financialYear", "2014/15")
                        .queryParam("board", "X1")
                        .get("/oversight-gaps"),
                    400,
                    "validation-failed")))
        .containsExactly("board");
    assertProblem(
        given()
            .queryParam("financialYear", "2011/12")
            .queryParam("board", councilWithBoard())
            .get("/oversight-gaps"),
        404,
        "not-found");
  }

  private static String opinions(String board) {
    return "/boards/" + board + "/opinions";
  }

  private static JsonPath documents(String board, Map<String, ?> query) {
    return list("/boards/" + board + "/joint-documents", query);
  }

  private static JsonPath gaps(Map<String, ?> query) {
    return list("/oversight-gaps", query);
  }

  private static JsonPath list(String path, Map<String, ?> query) {
    return given()
        .queryParams(query)
        .get(path)
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
