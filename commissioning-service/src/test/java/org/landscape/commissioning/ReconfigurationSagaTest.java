package org.landscape.commissioning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.commissioning.Fixtures.activeContract;
import static org.landscape.commissioning.Fixtures.editor;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.ccg.api.CcgDetail;
import org.landscape.ccg.api.CcgFeedPayloads;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgStatus;
import org.landscape.commissioning.saga.ReconfigurationRunner;
import org.landscape.commissioning.saga.SagaLedger;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.Problem;
import org.landscape.hwb.api.CcgSeatHandoverResult;
import org.landscape.hwb.api.CcgSeatHandoverResult.SeatHandover;
import org.landscape.practice.api.CcgTransferResult;
import org.landscape.practice.api.CcgTransferResult.MovedPractice;
import org.landscape.testsupport.PeerJson;
import org.landscape.testsupport.TestTokens;

/**
 * The reconfiguration workflow and its saga, with the three peers stubbed: every step's call, its
 * retry when a peer is down, and the compensation when a step can never succeed. The real peers are
 * exercised end to end. The saga is run by the test (the scheduler is off in tests).
 */
@QuarkusTest
@ConnectWireMock
class ReconfigurationSagaTest {

  private static final String DATE = "2016-04-01";

  WireMock wiremock;
  String provider;

  @Inject ReconfigurationRunner runner;
  @Inject SagaLedger ledger;

  @BeforeEach
  void peersAnswer() throws Exception {
    Fixtures.peersAnswer(wiremock);
    if (provider == null) {
      provider = Fixtures.newProvider();
    }
    PracticeStub.openPractices(wiremock, List.of(PracticeStub.open("A81001", "SR001")));
    HwbStub.ccgRepresentatives(wiremock, List.of(HwbStub.seat("E06000001", "SR001", "Dr A")));
  }

  /** ccg-service, practice-service and hwb-service accept every step for the merger into code. */
  private void peersAccept(String successor, List<String> predecessors) {
    LocalDate date = LocalDate.parse(DATE);
    wiremock.register(
        post(urlPathEqualTo("/ccgs/lookup"))
            .atPriority(1)
            .withRequestBody(containing("\"" + successor + "\""))
            .willReturn(
                okJson(
                    PeerJson.write(
                        new CcgLookup.Response(
                            date, List.of(CcgLookup.Result.unknown(successor)))))));
    wiremock.register(
        get(urlPathEqualTo("/ccgs/" + successor))
            .willReturn(problem(404, "CCG " + successor + " not found")));
    wiremock.register(
        post(urlPathEqualTo("/ccgs"))
            .willReturn(
                created(
                    new CcgFeedPayloads.CcgRecord(
                        successor, null, "NHS Merged " + successor, date, null))));
    wiremock.register(
        put(urlPathEqualTo("/ccgs/" + successor + "/area"))
            .willReturn(aResponse().withStatus(204)));
    MovedPractice moved = new MovedPractice("A81001", predecessors.get(0));
    wiremock.register(
        post(urlPathEqualTo("/ccg-transfers"))
            .willReturn(
                okJson(
                    PeerJson.write(
                        new CcgTransferResult(
                            successor, date, false, List.of(moved), List.of(), List.of())))));
    wiremock.register(
        post(urlPathEqualTo("/ccg-transfers/reversal"))
            .willReturn(
                okJson(
                    PeerJson.write(
                        new CcgTransferResult(
                            successor, date, false, List.of(), List.of(), List.of(moved))))));
    SeatHandover seat = new SeatHandover("E06000001", "Dr A", predecessors.get(0), 1, 2L);
    wiremock.register(
        post(urlPathEqualTo("/ccg-seat-handovers"))
            .willReturn(
                okJson(
                    PeerJson.write(
                        new CcgSeatHandoverResult(
                            successor, date, false, List.of(seat), List.of(), List.of())))));
    for (String predecessor : predecessors) {
      CcgDetail detail =
          new CcgDetail(
              predecessor,
              null,
              "NHS Test CCG",
              date.minusDays(1),
              CcgStatus.OPERATIONAL,
              LocalDate.parse("2013-04-01"),
              null,
              null,
              null,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              null);
      wiremock.register(
          get(urlPathEqualTo("/ccgs/" + predecessor))
              .willReturn(okJson(PeerJson.write(detail)).withHeader("ETag", "\"3\"")));
      wiremock.register(
          put(urlPathEqualTo("/ccgs/" + predecessor))
              .willReturn(
                  okJson(
                      PeerJson.write(
                          new CcgFeedPayloads.CcgRecord(
                              predecessor, null, detail.name(), detail.openDate(), date)))));
      wiremock.register(
          post(urlPathEqualTo("/ccgs/" + predecessor + "/successors"))
              .willReturn(created(new CcgDetail.SuccessionLink(predecessor, successor, date))));
    }
  }

  /** A peer's 201 with its answer. */
  private static ResponseDefinitionBuilder created(Object answer) {
    return aResponse()
        .withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(PeerJson.write(answer));
  }

  /** A peer's refusal, as every service writes it. */
  private static ResponseDefinitionBuilder problem(
      int status, String detail, FieldViolation... errors) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", Problem.MEDIA_TYPE)
        .withBody(
            PeerJson.write(
                new Problem(null, null, status, detail, null, List.of(errors), List.of())));
  }

  private static long propose(List<String> predecessors, String successor) {
    return editor()
        .body(
            Map.of(
                "kind", "MERGER",
                "predecessorCodes", predecessors,
                "successorCode", successor,
                "newSuccessorName", "NHS Merged " + successor,
                "effectiveDate", DATE))
        .post("/reconfigurations")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static JsonPath status(long id) {
    return given().get("/reconfigurations/" + id).then().statusCode(200).extract().jsonPath();
  }

  private static String contractOf(String ccg, String provider) {
    return activeContract(
        "CCG", ccg, provider, "ELECTIVE_HOSPITAL_CARE", "365000.00", "2015-04-01", "2017-04-01");
  }

  @Test
  void anApprovedMergerRunsEveryStepInOrderAndNovatesTheContracts() throws Exception {
    String contract = contractOf("SR001", provider);
    peersAccept("SQ001", List.of("SR001", "SR002"));
    long id = propose(List.of("SR001", "SR002"), "SQ001");

    JsonPath preview = given().get("/reconfigurations/" + id + "/preview").jsonPath();
    assertThat(preview.getList("blockers")).isEmpty();
    assertThat(preview.getString("ccgService.successor")).startsWith("created");
    assertThat(preview.getList("practiceService.practiceCode", String.class))
        .containsExactly("A81001");
    assertThat(preview.getList("hwbService.boardCode", String.class)).containsExactly("E06000001");
    assertThat(preview.getList("commissioningService.reference", String.class))
        .containsExactly(contract);
    assertThat(preview.getDouble("commissioningService[0].valueTakenOver")).isEqualTo(182250.34);

    runner.runUntilIdle();
    assertThat(status(id).getString("state")).isEqualTo("PROPOSED");
    wiremock.verifyThat(0, postRequestedFor(urlPathEqualTo("/ccgs")));

    editor().post("/reconfigurations/" + id + "/approval").then().statusCode(200);
    runner.runUntilIdle();

    JsonPath done = status(id);
    assertThat(done.getString("state")).isEqualTo("COMPLETED");
    assertThat(done.getList("steps.status", String.class)).containsOnly("DONE");
    assertThat(done.getList("steps.kind", String.class))
        .containsExactly(
            "ESTABLISH_SUCCESSOR",
            "TRANSFER_PRACTICES",
            "NOVATE_CONTRACTS",
            "HAND_OVER_BOARD_SEATS",
            "CLOSE_PREDECESSORS");
    assertThat(done.getString("steps[1].outcome")).isEqualTo("moved 1 practices to SQ001");
    wiremock.verifyThat(
        postRequestedFor(urlPathEqualTo("/ccgs"))
            .withRequestBody(containing("\"SQ001\""))
            .withHeader("Authorization", matching("Bearer .+")));
    wiremock.verifyThat(
        postRequestedFor(urlPathEqualTo("/ccg-transfers"))
            .withRequestBody(containing("\"effectiveDate\":\"" + DATE + "\""))
            .withHeader("Authorization", matching("Bearer .+")));
    wiremock.verifyThat(
        postRequestedFor(urlPathEqualTo("/ccg-seat-handovers"))
            .withRequestBody(containing("\"successorCode\":\"SQ001\""))
            .withHeader("Authorization", matching("Bearer .+")));
    wiremock.verifyThat(
        putRequestedFor(urlPathEqualTo("/ccgs/SR002"))
            .withHeader("If-Match", equalTo("\"3\""))
            .withHeader("Authorization", matching("Bearer .+"))
            .withRequestBody(containing("\"closeDate\":\"" + DATE + "\"")));

    JsonPath original = given().get("/contracts/" + contract).jsonPath();
    assertThat(original.getString("status")).isEqualTo("NOVATED");
    JsonPath successor = given().get("/contracts/" + contract + "-SQ001").jsonPath();
    assertThat(successor.getString("commissioner.code")).isEqualTo("SQ001");
    assertThat(successor.getString("startDate")).isEqualTo(DATE);
  }

  @Test
  void aStepWhosePeerIsDownWaitsAndIsRetriedUntilItSucceeds() throws Exception {
    peersAccept("SQ002", List.of("SR003"));
    wiremock.register(
        post(urlPathEqualTo("/ccg-transfers"))
            .atPriority(1)
            .willReturn(problem(503, "ccg-service cannot be reached")));
    long id = propose(List.of("SR003"), "SQ002");
    editor().post("/reconfigurations/" + id + "/approval").then().statusCode(200);
    runner.runUntilIdle();

    JsonPath waiting = status(id);
    assertThat(waiting.getString("state")).isEqualTo("EXECUTING");
    assertThat(waiting.getList("steps.status", String.class))
        .containsExactly("DONE", "PENDING", "PENDING", "PENDING", "PENDING");
    assertThat(waiting.getInt("steps[1].attempts")).isEqualTo(1);
    assertThat(waiting.getString("steps[1].outcome"))
        .contains("waiting to retry")
        .contains("practice-service");

    Fixtures.peersAnswer(wiremock);
    peersAccept("SQ002", List.of("SR003"));
    Thread.sleep(2_500);
    runner.runUntilIdle();
    JsonPath done = status(id);
    assertThat(done.getString("state")).isEqualTo("COMPLETED");
    assertThat(done.getInt("steps[1].attempts")).isEqualTo(2);
    // the reset of the stubs above cleared the request journal: the done step was not run again
    wiremock.verifyThat(0, postRequestedFor(urlPathEqualTo("/ccgs")));
    wiremock.verifyThat(1, postRequestedFor(urlPathEqualTo("/ccg-transfers")));
  }

  @Test
  void aStepThatCanNeverSucceedStopsTheSagaAndTheDoneStepsAreUndone() throws Exception {
    String contract = contractOf("SR004", provider);
    peersAccept("SQ003", List.of("SR004"));
    wiremock.register(
        post(urlPathEqualTo("/ccg-seat-handovers"))
            .atPriority(1)
            .willReturn(
                problem(
                    422,
                    "1 seats cannot be handed over",
                    new FieldViolation("seats.7", "represents SR004 from 2017-01-01"))));
    long id = propose(List.of("SR004"), "SQ003");
    editor().post("/reconfigurations/" + id + "/approval").then().statusCode(200);
    runner.runUntilIdle();

    JsonPath failed = status(id);
    assertThat(failed.getString("state")).isEqualTo("FAILED");
    assertThat(failed.getString("reason"))
        .contains("HAND_OVER_BOARD_SEATS")
        .contains("represents SR004 from 2017-01-01");
    assertThat(failed.getList("steps.status", String.class))
        .containsExactly("NOT_COMPENSATED", "COMPENSATED", "COMPENSATED", "FAILED", "PENDING");
    wiremock.verifyThat(1, postRequestedFor(urlPathEqualTo("/ccg-transfers/reversal")));
    wiremock.verifyThat(0, putRequestedFor(urlPathEqualTo("/ccgs/SR004")));
    assertThat(given().get("/contracts/" + contract).jsonPath().getString("status"))
        .isEqualTo("ACTIVE");
    assertProblem(given().get("/contracts/" + contract + "-SQ003"), 404, "not-found");
  }

  @Test
  void oneReplicaAtATimeHoldsAReconfiguration() throws Exception {
    peersAccept("SQ004", List.of("SR005"));
    long id = propose(List.of("SR005"), "SQ004");
    editor().post("/reconfigurations/" + id + "/approval").then().statusCode(200);

    Optional<Long> first = ledger.claimNext("replica-a", Duration.ofSeconds(30));
    Optional<Long> second = ledger.claimNext("replica-b", Duration.ofSeconds(30));
    assertThat(first).contains(id);
    assertThat(second).isEmpty();
    assertThat(ledger.claimNext("replica-a", Duration.ofSeconds(30))).contains(id);
    ledger.release(id, "replica-a");
    assertThat(ledger.claimNext("replica-b", Duration.ofSeconds(30))).contains(id);
    ledger.release(id, "replica-b");

    editor().post("/reconfigurations/" + id + "/cancellation").then().statusCode(200);
    assertThat(ledger.claimNext("replica-a", Duration.ofSeconds(30))).isEmpty();
  }

  @Test
  void proposalsAreCheckedAndApprovalIsRefusedWhileThePreviewShowsBlockers() {
    JsonPath invalid =
        assertProblem(
            editor()
                .body(
                    Map.of(
                        "kind",
                        "CLOSURE",
                        "predecessorCodes",
                        List.of("SR001", "SR001", "bad"),
                        "successorCode",
                        "SR001",
                        "effectiveDate",
                        DATE))
                .post("/reconfigurations"),
            400,
            "validation-failed");
    assertThat(failingFields(invalid)).anyMatch(field -> field.startsWith("predecessorCodes"));
    JsonPath rules =
        assertProblem(
            editor()
                .body(
                    Map.of(
                        "kind",
                        "CLOSURE",
                        "predecessorCodes",
                        List.of("SR001", "SR002"),
                        "successorCode",
                        "SR001",
                        "effectiveDate",
                        DATE))
                .post("/reconfigurations"),
            400,
            "validation-failed");
    assertThat(failingFields(rules)).contains("predecessorCodes", "successorCode");

    Response surviving =
        editor()
            .body(
                Map.of(
                    "kind",
                    "CLOSURE",
                    "predecessorCodes",
                    List.of("SR001"),
                    "successorCode",
                    "SQ999",
                    "effectiveDate",
                    DATE))
            .post("/reconfigurations");
    surviving.then().statusCode(201);
    long id = surviving.jsonPath().getLong("id");
    JsonPath blocked =
        assertProblem(editor().post("/reconfigurations/" + id + "/approval"), 422, "rule-violated");
    assertThat(blocked.getString("errors[0].message")).contains("SQ999 does not exist");
    assertThat(status(id).getString("state")).isEqualTo("PROPOSED");
    editor().post("/reconfigurations/" + id + "/cancellation").then().statusCode(200);
    assertProblem(editor().post("/reconfigurations/" + id + "/approval"), 409, "conflict");
    assertProblem(given().get("/reconfigurations/99999999"), 404, "not-found");
  }

  @Test
  void changingReconfigurationsNeedsTheEditorRole() {
    Map<String, Object> proposal =
        Map.of(
            "kind",
            "MERGER",
            "predecessorCodes",
            List.of("SR001"),
            "successorCode",
            "SQ998",
            "effectiveDate",
            DATE);
    assertProblem(
        given().contentType("application/json").body(proposal).post("/reconfigurations"),
        401,
        "unauthenticated");
    assertProblem(
        Fixtures.as("importer").body(proposal).post("/reconfigurations"), 403, "forbidden");
    assertProblem(given().post("/reconfigurations/1/cancellation"), 401, "unauthenticated");
    assertProblem(given().get("/reconfigurations/99999999/preview"), 404, "not-found");
    assertProblem(
        given().queryParam("state", "NOPE").get("/reconfigurations"), 400, "validation-failed");
    assertProblem(given().post("/reconfigurations/1/approval"), 401, "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .post("/reconfigurations/1/approval"),
        403,
        "forbidden");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("editor"))
            .multiPart("successions", "succ.csv", new byte[0])
            .post("/reconfigurations/replay"),
        403,
        "forbidden");
  }

  @Test
  void theReplayRecordsEachMergerOfTheSuccessorFileOnce() {
    String eccg =
        "\"SX001\",\"NHS A CCG\"\r\n\"SX002\",\"NHS B CCG\"\r\n\"SX003\",\"NHS AB CCG\"\r\n"
            + "\"SX004\",\"NHS C CCG\"\r\n";
    String succ =
        "\"SX001\",\"SX003\",\"\",\"20990401\",\"0\"\r\n"
            + "\"SX002\",\"SX003\",\"\",\"20990401\",\"0\"\r\n"
            + "\"SX004\",\"SX003\",\"\",\"21000401\",\"0\"\r\n"
            + "\"RXX\",\"RYY\",\"\",\"20150401\",\"0\"\r\n";
    JsonPath replay = replay(succ, eccg).then().statusCode(200).extract().jsonPath();
    assertThat(replay.getInt("mergers")).isEqualTo(2);
    assertThat(replay.getInt("recorded")).isEqualTo(2);
    assertThat(replay.getInt("otherSuccessions")).isEqualTo(1);
    JsonPath again = replay(succ, eccg).jsonPath();
    assertThat(again.getInt("recorded")).isZero();
    assertThat(again.getInt("recordedBefore")).isEqualTo(2);
    JsonPath approved =
        given()
            .queryParam("state", "APPROVED")
            .queryParam("limit", 500)
            .get("/reconfigurations")
            .jsonPath();
    assertThat(approved.getList("items.findAll { it.successorCode == 'SX003' }.predecessorCodes"))
        .containsExactly(List.of("SX001", "SX002"), List.of("SX004"));

    String bad = "\"SX001\",\"SX003\",\"\",\"2099-04-01\",\"0\"\r\n";
    assertProblem(replay(bad, eccg), 422, "import-rejected");
  }

  private static Response replay(String succ, String eccg) {
    return given()
        .auth()
        .oauth2(TestTokens.withRoles("importer"))
        .multiPart("successions", "succ.csv", succ.getBytes())
        .multiPart("ccgs", "eccg.csv", eccg.getBytes())
        .post("/reconfigurations/replay");
  }
}
