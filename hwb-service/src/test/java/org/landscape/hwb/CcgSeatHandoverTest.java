package org.landscape.hwb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.hwb.Fixtures.ccgSeat;
import static org.landscape.hwb.Fixtures.councilWithBoard;
import static org.landscape.hwb.Fixtures.editor;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.hwb.CcgStub.Ccg;
import org.landscape.testsupport.TestTokens;

/**
 * hwb-service's part of a CCG merger: every board's seats of the predecessors pass to the
 * successor, once, reversibly. Fictional councils and CCG codes of each test's own.
 */
@QuarkusTest
@ConnectWireMock
class CcgSeatHandoverTest {

  private static final String MERGER = "2016-04-01";

  WireMock wiremock;

  @BeforeEach
  void forgetStubs() {
    wiremock.resetMappings();
  }

  private void seat(String board, String person, String ccg) {
    CcgStub.lookup(wiremock, "2013-04-01", Ccg.operational(ccg, board));
    Fixtures.seat(board, ccgSeat(person, ccg, "2013-04-01", null)).then().statusCode(201);
  }

  private void successorOperational(String code) {
    CcgStub.lookup(wiremock, MERGER, Ccg.operational(code));
  }

  private static Response handOver(String path, List<String> from, String to) {
    return editor()
        .body(Map.of("predecessorCodes", from, "successorCode", to, "effectiveDate", MERGER))
        .post("/ccg-seat-handovers" + path);
  }

  private static List<String> representedOn(String board, String date) {
    return given()
        .queryParam("asOf", date)
        .queryParam("role", "CCG_REPRESENTATIVE")
        .get("/boards/" + board + "/members")
        .jsonPath()
        .getList("items.collect { it.ccgCode + ':' + it.personName }", String.class);
  }

  @Test
  void thePredecessorsSeatsEndAndTheSuccessorIsSeatedOncePerBoard() {
    String board = councilWithBoard();
    seat(board, "Dr A Example", "81A");
    seat(board, "Dr B Example", "81B");
    successorOperational("M8T01");

    JsonPath handed =
        handOver("", List.of("81A", "81B"), "M8T01").then().statusCode(200).extract().jsonPath();
    assertThat(handed.getList("handedOver.predecessorCode", String.class))
        .containsExactlyInAnyOrder("81A", "81B");
    assertThat(handed.getList("handedOver.findAll { it.successorSeatId != null }")).hasSize(1);
    assertThat(representedOn(board, "2016-03-31"))
        .containsExactlyInAnyOrder("81A:Dr A Example", "81B:Dr B Example");
    assertThat(representedOn(board, MERGER)).hasSize(1).allMatch(s -> s.startsWith("M8T01:"));

    JsonPath again =
        handOver("", List.of("81A", "81B"), "M8T01").then().statusCode(200).extract().jsonPath();
    assertThat(again.getList("handedOver")).isEmpty();
    assertThat(again.getList("handedOverBefore")).hasSize(2);
    assertThat(representedOn(board, MERGER)).hasSize(1);
  }

  @Test
  void aReversalGivesEverySeatBackAsItWas() {
    String board = councilWithBoard();
    seat(board, "Dr C Example", "82A");
    successorOperational("M8T02");
    handOver("", List.of("82A"), "M8T02").then().statusCode(200);
    assertThat(representedOn(board, "2017-01-01")).containsExactly("M8T02:Dr C Example");

    JsonPath reverted =
        handOver("/reversal", List.of("82A"), "M8T02").then().statusCode(200).extract().jsonPath();
    assertThat(reverted.getList("reverted")).hasSize(1);
    assertThat(representedOn(board, "2017-01-01")).containsExactly("82A:Dr C Example");
    assertThat(handOver("/reversal", List.of("82A"), "M8T02").jsonPath().getList("reverted"))
        .isEmpty();
  }

  @Test
  void aDryRunChangesNothing() {
    String board = councilWithBoard();
    seat(board, "Dr D Example", "83A");
    successorOperational("M8T03");
    JsonPath dry =
        editor()
            .queryParam("dryRun", true)
            .body(
                Map.of(
                    "predecessorCodes",
                    List.of("83A"),
                    "successorCode",
                    "M8T03",
                    "effectiveDate",
                    MERGER))
            .post("/ccg-seat-handovers")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(dry.getList("handedOver.boardCode", String.class)).containsExactly(board);
    assertThat(representedOn(board, "2017-01-01")).containsExactly("83A:Dr D Example");
  }

  @Test
  void aSuccessorNotOperationalOnTheDateIsRefusedAndNothingChanges() {
    String board = councilWithBoard();
    seat(board, "Dr E Example", "84A");
    CcgStub.lookup(wiremock, MERGER, Ccg.closed("M8T04", "2016-01-01"));
    assertProblem(handOver("", List.of("84A"), "M8T04"), 422, "rule-violated");
    CcgStub.beUnreachable(wiremock);
    assertProblem(handOver("", List.of("84A"), "M8T04"), 503, "peer-unavailable");
    assertProblem(handOver("", List.of("84A"), "84A"), 400, "validation-failed");
    assertThat(representedOn(board, "2017-01-01")).containsExactly("84A:Dr E Example");
  }

  @Test
  void handingOverSeatsNeedsTheEditorOrServiceRole() {
    Map<String, Object> body =
        Map.of(
            "predecessorCodes", List.of("85A"), "successorCode", "M8T05", "effectiveDate", MERGER);
    assertProblem(
        given().contentType(ContentType.JSON).body(body).post("/ccg-seat-handovers"),
        401,
        "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .contentType(ContentType.JSON)
            .body(body)
            .post("/ccg-seat-handovers"),
        403,
        "forbidden");
    assertProblem(
        given().contentType(ContentType.JSON).body(body).post("/ccg-seat-handovers/reversal"),
        401,
        "unauthenticated");
    assertProblem(handOver("/reversal", List.of("85A"), "85A"), 400, "validation-failed");
    assertProblem(
        given().queryParam("date", MERGER).post("/boards/ccg-nominees"), 401, "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .queryParam("date", MERGER)
            .post("/boards/ccg-nominees"),
        403,
        "forbidden");
    successorOperational("M8T05");
    given()
        .auth()
        .oauth2(TestTokens.withRoles("service"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/ccg-seat-handovers")
        .then()
        .statusCode(200);
  }

  @Test
  void everyBoardGetsANomineeOfEachRelevantCcgItDoesNotSeat() {
    String board = councilWithBoard();
    String date = "2019-09-09";
    CcgStub.operational(
        wiremock, date, Ccg.operational("86A", board), Ccg.operational("86B", board));
    CcgStub.lookup(wiremock, date, Ccg.operational("86A", board), Ccg.operational("86B", board));

    JsonPath first =
        editor()
            .queryParam("date", date)
            .post("/boards/ccg-nominees")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getInt("seated")).isEqualTo(2);
    assertThat(representedOn(board, date))
        .containsExactlyInAnyOrder("86A:Nominee of NHS 86A CCG", "86B:Nominee of NHS 86B CCG");
    JsonPath again =
        editor()
            .queryParam("date", date)
            .post("/boards/ccg-nominees")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(again.getInt("seated")).isZero();
    assertThat(again.getInt("seatedBefore")).isEqualTo(2);
    assertProblem(editor().post("/boards/ccg-nominees"), 400, "validation-failed");
  }

  private static List<String> seatedOn(String board, String date, String role, String body) {
    return given()
        .queryParam("asOf", date)
        .queryParam("role", role)
        .get("/boards/" + board + "/members")
        .jsonPath()
        .getList("items.collect { it." + body + " + ':' + it.personName }", String.class);
  }

  @Test
  void fromJuly2022TheCcgSeatsEndAndEachRelevantIcbsNomineeSits() {
    String board = councilWithBoard();
    String before = "2020-02-02";
    CcgStub.operational(
        wiremock, before, Ccg.operational("87A", board), Ccg.operational("87B", board));
    CcgStub.lookup(wiremock, before, Ccg.operational("87A", board), Ccg.operational("87B", board));
    editor().queryParam("date", before).post("/boards/ccg-nominees").then().statusCode(200);

    String date = "2023-03-03";
    Ccg[] locations = {
      Ccg.location("87A", "QAA", board),
      Ccg.location("87B", "QAA", board),
      Ccg.location("87C", "QAB", board)
    };
    CcgStub.operational(wiremock, date, locations);
    CcgStub.covering(wiremock, board, date, locations);
    CcgStub.lookup(wiremock, date, locations);

    JsonPath first =
        editor()
            .queryParam("date", date)
            .post("/boards/icb-nominees")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getInt("seated")).isEqualTo(2);
    // every board's CCG seats end, this one's two among them
    assertThat(first.getInt("ccgSeatsEnded")).isGreaterThanOrEqualTo(2);
    assertThat(seatedOn(board, date, "ICB_REPRESENTATIVE", "icbCode"))
        .containsExactlyInAnyOrder("QAA:Nominee of NHS QAA ICB", "QAB:Nominee of NHS QAB ICB");
    assertThat(seatedOn(board, date, "CCG_REPRESENTATIVE", "ccgCode")).isEmpty();
    assertThat(seatedOn(board, "2023-03-02", "CCG_REPRESENTATIVE", "ccgCode")).hasSize(2);
    assertThat(
            given()
                .queryParam("asOf", date)
                .queryParam("limit", 500)
                .get("/icb-representatives")
                .jsonPath()
                .getList("items.findAll { it.boardCode == '" + board + "' }.icbCode"))
        .containsExactly("QAA", "QAB");

    JsonPath again =
        editor()
            .queryParam("date", date)
            .post("/boards/icb-nominees")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(again.getInt("seated")).isZero();
    assertThat(again.getInt("seatedBefore")).isEqualTo(2);
    assertThat(again.getInt("ccgSeatsEnded")).isZero();

    JsonPath compliance =
        given()
            .queryParam("asOf", date)
            .get("/boards/" + board + "/compliance")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(
            compliance.getList(
                "findings.findAll { it.rule == 'RELEVANT_ICB_REPRESENTED' && it.passed }.ccgCode",
                String.class))
        .containsExactly("QAA", "QAB");
    assertThat(compliance.getList("findings.findAll { it.rule == 'RELEVANT_CCG_REPRESENTED' }"))
        .isEmpty();

    assertProblem(
        editor().queryParam("date", "2022-06-30").post("/boards/icb-nominees"),
        400,
        "validation-failed");
    assertProblem(editor().post("/boards/icb-nominees"), 400, "validation-failed");
    assertProblem(
        given().queryParam("date", date).post("/boards/icb-nominees"), 401, "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .queryParam("date", date)
            .post("/boards/icb-nominees"),
        403,
        "forbidden");
    JsonPath ccgAfter =
        assertProblem(
            editor()
                .body(
                    Map.of(
                        "personName", "Dr Late",
                        "role", "CCG_REPRESENTATIVE",
                        "ccgCode", "87A",
                        "validFrom", date))
                .post("/boards/" + board + "/members"),
            400,
            "validation-failed");
    assertThat(ccgAfter.getString("errors[0].message")).contains("CCGs were abolished");
  }
}
