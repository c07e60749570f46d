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
import java.time.Instant;
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
            CcgStub.ccg("93C", "2013-04-01", null),
            CcgStub.ccg("95A", "2013-04-01", "2016-04-01"),
            CcgStub.ccg("95B", "2013-04-01", "2016-04-01"),
            CcgStub.ccg("M9T05", "2016-04-01", null),
            CcgStub.ccg("96A", "2013-04-01", "2016-04-01"),
            CcgStub.ccg("97A", "2013-04-01", "2016-04-01"),
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
  void aLaterAssertedMembershipKeepsItsDateAndTheSuccessionCarriesThePracticeUntilThen() {
    String stays = practiceIn("93A");
    String movedOn = practiceIn("93A");
    transfer(movedOn, "93C", "2017-01-01", null).then().statusCode(201);

    JsonPath moved =
        handOver("", List.of("93A"), "93B", "2016-06-01")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(moved.getList("transferred.practiceCode", String.class))
        .containsExactlyInAnyOrder(stays, movedOn);
    assertThat(history(stays)).extracting(m -> m.get("ccgCode")).containsExactly("93A", "93B");
    List<Map<String, Object>> carried = history(movedOn);
    assertThat(carried).extracting(m -> m.get("ccgCode")).containsExactly("93A", "93B", "93C");
    assertThat(carried)
        .extracting(m -> m.get("origin"))
        .containsExactly("REGISTRATION", "SUCCESSION", "TRANSFER");
    assertThat(carried.get(1).get("validTo")).isEqualTo("2017-01-01");
    assertThat((String) carried.get(1).get("source"))
        .isEqualTo("handover of 93A to 93B on 2016-06-01");
  }

  @Test
  void aBackDatedTransferIntoACcgThatLaterMergedFollowsItAndCanBeWithdrawnOrCorrected() {
    String practice = practiceIn("95A");
    handOver("", List.of("95A", "95B"), "M9T05", "2016-04-01").then().statusCode(200);
    Instant beforeTheTransfer = Instant.now();

    transfer(practice, "95B", "2014-06-01", null).then().statusCode(201);
    List<Map<String, Object>> after = history(practice);
    assertThat(after).extracting(m -> m.get("ccgCode")).containsExactly("95A", "95B", "M9T05");
    assertThat(after)
        .extracting(m -> m.get("validFrom"))
        .containsExactly("2013-04-01", "2014-06-01", "2016-04-01");
    assertThat(after.get(2).get("origin")).isEqualTo("SUCCESSION");
    assertThat((String) after.get(1).get("source"))
        .startsWith("POST /practices/" + practice + "/transfers by test-user");

    assertThat(
            given()
                .queryParam("knownAt", beforeTheTransfer.toString())
                .get("/practices/" + practice + "/memberships")
                .jsonPath()
                .getList("ccgCode", String.class))
        .containsExactly("95A", "M9T05");
    assertThat(
            given()
                .queryParam("asOf", "2015-01-01")
                .queryParam("knownAt", beforeTheTransfer.toString())
                .get("/practices/" + practice)
                .jsonPath()
                .getString("ccg.ccgCode"))
        .isEqualTo("95A");
    assertThat(ccgOn(practice, "2015-01-01")).isEqualTo("95B");
    assertThat(
            given()
                .queryParam("asOf", "2015-01-01")
                .queryParam("knownAt", beforeTheTransfer.toString())
                .get("/ccgs/95B/practices")
                .jsonPath()
                .getList("items.code", String.class))
        .doesNotContain(practice);
    assertThat(
            given()
                .queryParam("asOf", "2015-01-01")
                .queryParam("knownAt", Instant.now().toString())
                .get("/ccgs/95B/practices")
                .jsonPath()
                .getList("items.code", String.class))
        .contains(practice);
    assertProblem(
        given().queryParam("knownAt", "2010-01-01T00:00:00Z").get("/practices/" + practice),
        404,
        "not-found");

    List<Map<String, Object>> facts =
        given().get("/practices/" + practice + "/membership-facts").jsonPath().getList("$");
    assertThat(facts).extracting(f -> f.get("kind")).containsExactly("REGISTRATION", "TRANSFER");
    Object transferFact = facts.get(1).get("id");

    JsonPath corrected =
        editor()
            .body(
                Map.of(
                    "ccgCode", "95B",
                    "validFrom", "2014-09-01",
                    "reason", "the transfer took effect in September"))
            .post("/practices/" + practice + "/membership-facts/" + transferFact + "/correction")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(corrected.getString("kind")).isEqualTo("CORRECTION");
    assertThat(history(practice))
        .extracting(m -> m.get("validFrom"))
        .containsExactly("2013-04-01", "2014-09-01", "2016-04-01");
    assertProblem(
        editor()
            .body(Map.of("reason", "again"))
            .post("/practices/" + practice + "/membership-facts/" + transferFact + "/withdrawal"),
        409,
        "conflict");

    editor()
        .body(Map.of("reason", "there was no transfer"))
        .post(
            "/practices/"
                + practice
                + "/membership-facts/"
                + corrected.getLong("id")
                + "/withdrawal")
        .then()
        .statusCode(200);
    assertThat(history(practice)).extracting(m -> m.get("ccgCode")).containsExactly("95A", "M9T05");
    assertThat(
            given()
                .get("/practices/" + practice + "/membership-facts")
                .jsonPath()
                .getList("shapesHistory", Boolean.class))
        .containsExactly(true, false, false);
  }

  @Test
  void factWritesNeedTheEditorRoleAndAValidBodyAndChangeNothingOtherwise() {
    String practice = practiceIn("93A");
    transfer(practice, "93C", "2016-01-01", null).then().statusCode(201);
    Object fact =
        given().get("/practices/" + practice + "/membership-facts").jsonPath().getList("id").get(1);
    String withdrawal = "/practices/" + practice + "/membership-facts/" + fact + "/withdrawal";
    String correction = "/practices/" + practice + "/membership-facts/" + fact + "/correction";
    Map<String, Object> corrected =
        Map.of("ccgCode", "93C", "validFrom", "2016-02-01", "reason", "a later day");
    List<Map<String, Object>> before = history(practice);

    assertProblem(
        given().contentType(ContentType.JSON).body(Map.of("reason", "x")).post(withdrawal),
        401,
        "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .contentType(ContentType.JSON)
            .body(corrected)
            .post(correction),
        403,
        "forbidden");
    assertThat(
            failingFields(
                assertProblem(editor().body(Map.of()).post(withdrawal), 400, "validation-failed")))
        .containsExactly("reason");
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .body(Map.of("ccgCode", "bad", "validFrom", "2016-13-01"))
                        .post(correction),
                    400,
                    "validation-failed")))
        .contains("validFrom");
    assertProblem(
        editor().body(Map.of("ccgCode", "bad", "validFrom", "2016-02-01")).post(correction),
        400,
        "validation-failed");
    assertProblem(
        editor()
            .body(Map.of("reason", "x"))
            .post("/practices/" + practice + "/membership-facts/999999999/withdrawal"),
        404,
        "not-found");
    assertProblem(
        editor()
            .body(Map.of("ccgCode", "93C", "validFrom", "2010-01-01", "reason", "too early"))
            .post(correction),
        422,
        "rule-violated");
    assertThat(history(practice)).isEqualTo(before);
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
    String practice = practiceIn("96A");
    assertProblem(handOver("", List.of("96A"), "M9T09", "2016-04-01"), 422, "rule-violated");
    assertProblem(handOver("", List.of("96A"), "M9ZZZ", "2016-04-01"), 422, "rule-violated");
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
            List.of("97A"),
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
