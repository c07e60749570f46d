package org.landscape.practice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.practice.PracticeResourceTest.editor;
import static org.landscape.practice.PracticeResourceTest.history;
import static org.landscape.practice.PracticeResourceTest.register;
import static org.landscape.practice.PracticeResourceTest.transfer;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.testsupport.TestTokens;

/**
 * The practice-service part of a CCG merger: every member practice moves together, once, or not at
 * all. Each test uses CCG codes of its own (fictional: 9xA, M9xxx) so that counts are its own.
 */
@QuarkusTest
@ConnectWireMock
class CcgTransferTest {

  private static final AtomicInteger SERIAL = new AtomicInteger(70000);

  WireMock wiremock;

  @BeforeEach
  void ccgServiceAnswers() throws Exception {
    CcgStub.serve(
        wiremock,
        List.of(
            CcgStub.ccg("91A", "2013-04-01", "2016-04-01"),
            CcgStub.ccg("91B", "2013-04-01", "2016-04-01"),
            CcgStub.ccg("92A", "2013-04-01", "2016-04-01"),
            CcgStub.ccg("92B", "2013-04-01", "2016-04-01"),
            CcgStub.ccg("93A", "2013-04-01", null),
            CcgStub.ccg("93B", "2013-04-01", null),
            CcgStub.ccg("94A", "2013-04-01", "2016-04-01"),
            CcgStub.ccg("M9T01", "2016-04-01", null),
            CcgStub.ccg("M9T02", "2016-04-01", null),
            CcgStub.ccg("M9T04", "2016-04-01", null),
            CcgStub.ccg("M9T09", "2017-04-01", null)));
  }

  private static String practiceIn(String ccg) {
    String code = "Y" + SERIAL.incrementAndGet();
    register(code, ccg, "2013-04-01").then().statusCode(201);
    return code;
  }

  private static Response handOver(String path, List<String> from, String to, String date) {
    return editor()
        .body(Map.of("predecessorCodes", from, "successorCode", to, "effectiveDate", date))
        .post("/ccg-transfers" + path);
  }

  private static String ccgOn(String practice, String date) {
    return given()
        .queryParam("asOf", date)
        .get("/practices/" + practice)
        .jsonPath()
        .getString("ccg.ccgCode");
  }

  @Test
  void everyMemberPracticeOfThePredecessorsMovesOnceToTheSuccessor() {
    String first = practiceIn("91A");
    String second = practiceIn("91A");
    String third = practiceIn("91B");

    JsonPath moved =
        handOver("", List.of("91A", "91B"), "M9T01", "2016-04-01")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(moved.getList("transferred.practiceCode", String.class))
        .containsExactlyInAnyOrder(first, second, third);
    assertThat(moved.getList("alreadyTransferred")).isEmpty();
    assertThat(ccgOn(third, "2016-03-31")).isEqualTo("91B");
    assertThat(ccgOn(third, "2016-04-01")).isEqualTo("M9T01");
    assertThat(history(first)).extracting(m -> m.get("ccgCode")).containsExactly("91A", "M9T01");

    JsonPath again =
        handOver("", List.of("91A", "91B"), "M9T01", "2016-04-01")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(again.getList("transferred")).isEmpty();
    assertThat(again.getList("alreadyTransferred.practiceCode", String.class))
        .containsExactlyInAnyOrder(first, second, third);
    assertThat(history(first)).hasSize(2);
  }

  @Test
  void aDryRunReportsTheMovesAndWritesNothing() {
    String practice = practiceIn("92A");
    JsonPath dry =
        editor()
            .queryParam("dryRun", true)
            .body(
                Map.of(
                    "predecessorCodes", List.of("92A"),
                    "successorCode", "M9T02",
                    "effectiveDate", "2016-04-01"))
            .post("/ccg-transfers")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(dry.getBoolean("dryRun")).isTrue();
    assertThat(dry.getList("transferred.practiceCode", String.class)).containsExactly(practice);
    assertThat(history(practice)).hasSize(1);
  }

  @Test
  void onePracticeWithALaterMembershipRefusesTheWholeMove() {
    String stays = practiceIn("93A");
    String movedOn = practiceIn("93A");
    transfer(movedOn, "93B", "2017-01-01", null).then().statusCode(201);

    JsonPath blocked =
        assertProblem(handOver("", List.of("93A"), "93B", "2016-06-01"), 422, "rule-violated");
    assertThat(failingFields(blocked)).containsExactly("practices." + movedOn);
    assertThat(history(stays)).hasSize(1);
    assertThat(history(movedOn)).hasSize(2);
  }

  @Test
  void aReversalPutsEveryMovedPracticeBackAsBefore() {
    String practice = practiceIn("94A");
    handOver("", List.of("94A"), "M9T04", "2016-04-01").then().statusCode(200);
    assertThat(ccgOn(practice, "2016-05-01")).isEqualTo("M9T04");

    JsonPath reverted =
        handOver("/reversal", List.of("94A"), "M9T04", "2016-04-01")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(reverted.getList("reverted.practiceCode", String.class)).containsExactly(practice);
    assertThat(history(practice)).hasSize(1);
    assertThat(history(practice).getFirst().get("validTo")).isNull();
    assertThat(ccgOn(practice, "2016-05-01")).isEqualTo("94A");
    assertThat(
            handOver("/reversal", List.of("94A"), "M9T04", "2016-04-01")
                .jsonPath()
                .getList("reverted"))
        .isEmpty();
  }

  @Test
  void aSuccessorThatIsNotOperationalOnTheDateIsRefusedAndNothingMoves() {
    String practice = practiceIn("91B");
    assertProblem(handOver("", List.of("91B"), "M9T09", "2016-04-01"), 422, "rule-violated");
    assertProblem(handOver("", List.of("91B"), "M9ZZZ", "2016-04-01"), 422, "rule-violated");
    assertThat(history(practice)).hasSize(1);
  }

  @Test
  void badHandoversAreRefusedWithTheFailingFields() {
    Response invalid =
        editor()
            .body(Map.of("predecessorCodes", List.of("bad"), "effectiveDate", "2016-13-01"))
            .post("/ccg-transfers");
    assertThat(failingFields(assertProblem(invalid, 400, "validation-failed")))
        .contains("effectiveDate");
    Response missing =
        editor().body(Map.of("predecessorCodes", List.of("bad"))).post("/ccg-transfers");
    assertThat(failingFields(assertProblem(missing, 400, "validation-failed")))
        .contains("predecessorCodes[0]", "successorCode", "effectiveDate");
    assertProblem(handOver("", List.of("91A"), "91A", "2016-04-01"), 400, "validation-failed");
  }

  @Test
  void movingPracticesNeedsTheEditorOrServiceRole() {
    Map<String, Object> body =
        Map.of(
            "predecessorCodes",
            List.of("91A"),
            "successorCode",
            "M9T01",
            "effectiveDate",
            "2016-04-01");
    assertProblem(
        given().contentType(ContentType.JSON).body(body).post("/ccg-transfers"),
        401,
        "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .contentType(ContentType.JSON)
            .body(body)
            .post("/ccg-transfers"),
        403,
        "forbidden");
    given()
        .auth()
        .oauth2(TestTokens.withRoles("service"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/ccg-transfers")
        .then()
        .statusCode(200);
  }

  @Test
  void withCcgServiceDownNothingMoves() {
    String practice = practiceIn("92B");
    CcgStub.beUnreachable(wiremock);
    assertProblem(handOver("", List.of("92B"), "M9T02", "2016-04-01"), 503, "peer-unavailable");
    assertThat(history(practice)).hasSize(1);
  }
}
