package org.landscape.practice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.agroal.api.AgroalDataSource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.testsupport.TestTokens;

/** Practices and their membership through the API, with fictional codes (Z9xxxx). */
@QuarkusTest
@ConnectWireMock
class PracticeResourceTest {

  private static final AtomicInteger SERIAL = new AtomicInteger(90000);

  WireMock wiremock;

  @Inject AgroalDataSource database;

  @BeforeEach
  void ccgServiceAnswers() throws Exception {
    CcgStub.serveSample(wiremock);
  }

  static String newCode() {
    return "Z" + SERIAL.incrementAndGet();
  }

  static RequestSpecification editor() {
    return given().auth().oauth2(TestTokens.withRoles("editor")).contentType(ContentType.JSON);
  }

  static Map<String, Object> details(String name) {
    Map<String, Object> details = new HashMap<>();
    details.put("name", name);
    details.put("addressLines", List.of("1 HIGH STREET", "DARLINGTON"));
    details.put("postcode", "dl1  3rt");
    details.put("telephone", "01325 481321");
    details.put("status", "ACTIVE");
    details.put("openDate", "2010-04-01");
    details.put("contractType", "GMS");
    details.put("listSize", 8500);
    return details;
  }

  static Response register(String code, String ccg, String from) {
    return editor()
        .body(
            Map.of(
                "code",
                code,
                "details",
                details("SURGERY " + code),
                "ccgCode",
                ccg,
                "memberFrom",
                from))
        .post("/practices");
  }

  static String practiceIn(String ccg) {
    String code = newCode();
    register(code, ccg, "2013-04-01").then().statusCode(201);
    return code;
  }

  static Response transfer(String code, String target, String date, String key) {
    RequestSpecification request =
        editor().body(Map.of("targetCcgCode", target, "effectiveDate", date));
    if (key != null) {
      request = request.header("Idempotency-Key", key);
    }
    return request.post("/practices/" + code + "/transfers");
  }

  static List<Map<String, Object>> history(String code) {
    return given()
        .get("/practices/" + code + "/memberships")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  @Test
  void registersAPracticeWithANormalisedPostcodeAndItsCcg() {
    String code = newCode();
    Response created = register(code, "00C", "2013-04-01");
    created.then().statusCode(201);
    assertThat(created.header("Location")).endsWith("/practices/" + code);
    JsonPath practice =
        given()
            .queryParam("asOf", "2014-01-01")
            .get("/practices/" + code)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(practice.getString("postcode")).isEqualTo("DL1 3RT");
    assertThat(practice.getString("ccg.ccgCode")).isEqualTo("00C");
    assertThat(practice.getString("ccg.validFrom")).isEqualTo("2013-04-01");
    assertThat(
            given()
                .queryParam("asOf", "2012-01-01")
                .get("/practices/" + code)
                .jsonPath()
                .getString("ccg"))
        .isNull();
  }

  @Test
  void invalidPracticesAreRefusedWithTheFailingFields() {
    Map<String, Object> bad = new HashMap<>(details(""));
    bad.put("postcode", "NOT A POSTCODE");
    bad.put("listSize", -1);
    JsonPath problem =
        assertProblem(
            editor()
                .body(
                    Map.of(
                        "code",
                        "A8100",
                        "details",
                        bad,
                        "ccgCode",
                        "0C",
                        "memberFrom",
                        "2013-04-01"))
                .post("/practices"),
            400,
            "validation-failed");
    assertThat(failingFields(problem))
        .contains("code", "details.name", "details.listSize", "ccgCode");
    Map<String, Object> badPostcode = new HashMap<>(details("X"));
    badPostcode.put("postcode", "12345");
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .body(
                            Map.of(
                                "code",
                                newCode(),
                                "details",
                                badPostcode,
                                "ccgCode",
                                "00C",
                                "memberFrom",
                                "2013-04-01"))
                        .post("/practices"),
                    400,
                    "validation-failed")))
        .containsExactly("details.postcode");
    assertProblem(given().get("/practices/1234"), 400, "validation-failed");
    assertProblem(given().get("/practices/Z00000"), 404, "not-found");
  }

  @Test
  void aPracticeCannotJoinAClosedOrUnknownCcg() {
    String code = newCode();
    JsonPath closed = assertProblem(register(code, "00F", "2016-01-01"), 422, "rule-violated");
    assertThat(closed.getString("detail"))
        .contains("operational over the whole membership")
        .contains("00F");
    assertThat(
            assertProblem(register(code, "99X", "2014-01-01"), 422, "rule-violated")
                .getString("detail"))
        .contains("does not exist");
    assertProblem(given().get("/practices/" + code), 404, "not-found");
  }

  @Test
  void writesNeedTheEditorRole() {
    String code = newCode();
    Map<String, Object> body =
        Map.of("code", code, "details", details("X"), "ccgCode", "00C", "memberFrom", "2013-04-01");
    assertProblem(
        given().contentType(ContentType.JSON).body(body).post("/practices"),
        401,
        "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .contentType(ContentType.JSON)
            .body(body)
            .post("/practices"),
        403,
        "forbidden");
    String member = practiceIn("00C");
    assertProblem(
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("targetCcgCode", "00D", "effectiveDate", "2014-04-01"))
            .post("/practices/" + member + "/transfers"),
        401,
        "unauthenticated");
    assertThat(history(member)).hasSize(1);
  }

  @Test
  void aTransferEndsOneMembershipAndBeginsTheNext() {
    String code = practiceIn("00C");
    Response moved = transfer(code, "00D", "2014-04-01", null);
    moved.then().statusCode(201);
    assertThat(moved.jsonPath().getString("ended.validTo")).isEqualTo("2014-04-01");
    assertThat(moved.jsonPath().getString("started.ccgCode")).isEqualTo("00D");
    List<Map<String, Object>> history = history(code);
    assertThat(history).extracting(m -> m.get("ccgCode")).containsExactly("00C", "00D");
    assertThat(history.get(0).get("validTo")).isEqualTo(history.get(1).get("validFrom"));
    assertThat(
            given()
                .queryParam("asOf", "2014-05-01")
                .get("/practices/" + code)
                .jsonPath()
                .getString("ccg.ccgCode"))
        .isEqualTo("00D");
    assertThat(
            given()
                .queryParam("asOf", "2014-03-31")
                .get("/practices/" + code)
                .jsonPath()
                .getString("ccg.ccgCode"))
        .isEqualTo("00C");
  }

  @Test
  void aTransferToAClosedCcgIsRefusedNamingTheRule() {
    String code = practiceIn("00C");
    JsonPath problem =
        assertProblem(transfer(code, "00F", "2016-01-01", null), 422, "rule-violated");
    assertThat(problem.getString("detail"))
        .contains("may only be a member of a CCG that is operational")
        .contains("00F");
    assertThat(history(code)).hasSize(1);
    assertProblem(transfer(code, "00C", "2014-01-01", null), 422, "rule-violated");
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .body(Map.of("targetCcgCode", "x"))
                        .post("/practices/" + code + "/transfers"),
                    400,
                    "validation-failed")))
        .containsExactlyInAnyOrder("targetCcgCode", "effectiveDate");
  }

  @Test
  void retryingATransferWithItsKeyDoesNotTransferTwice() {
    String code = practiceIn("00C");
    String key = "transfer-" + code;
    Response first = transfer(code, "00D", "2014-04-01", key);
    first.then().statusCode(201);
    assertThat(first.header("Idempotency-Replayed")).isEqualTo("false");
    Response again = transfer(code, "00D", "2014-04-01", key);
    again.then().statusCode(201);
    assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(again.jsonPath().getString("started.validFrom")).isEqualTo("2014-04-01");
    assertThat(history(code)).hasSize(2);
    assertProblem(transfer(code, "00G", "2014-06-01", key), 422, "rule-violated");
  }

  @Test
  void ofFiftyConcurrentConflictingTransfersExactlyOneWins() throws Exception {
    String code = practiceIn("00C");
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Callable<Integer>> attempts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String target = i % 2 == 0 ? "00D" : "00G";
      String key = "race-" + code + "-" + i;
      attempts.add(() -> transfer(code, target, "2014-04-01", key).statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> outcome : pool.invokeAll(attempts)) {
      statuses.add(outcome.get());
    }
    pool.shutdown();
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(49);
    List<Map<String, Object>> history = history(code);
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("validTo")).isEqualTo("2014-04-01");
    assertThat(history.get(1).get("validFrom")).isEqualTo("2014-04-01");
  }

  @Test
  void withCcgServiceDownWritesThatNeedItAreRefusedAndChangeNothing() {
    String code = practiceIn("00C");
    CcgStub.beUnreachable(wiremock);
    assertProblem(transfer(code, "00D", "2014-04-01", "down-" + code), 503, "peer-unavailable");
    assertThat(history(code)).hasSize(1);
    String other = newCode();
    assertProblem(register(other, "00C", "2013-04-01"), 503, "peer-unavailable");
    assertProblem(given().get("/practices/" + other), 404, "not-found");
    given().get("/practices/" + code).then().statusCode(200);
  }

  @Test
  void theDatabaseRefusesGapsAndOverlapsWhateverTheCode() throws Exception {
    String code = practiceIn("00C");
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      // end the open membership, leaving a gap before a later one
      SQLException gap =
          org.junit.jupiter.api.Assertions.assertThrows(
              SQLException.class,
              () -> {
                connection.setAutoCommit(false);
                try {
                  sql.executeUpdate(
                      "update membership set valid_to = '2014-01-01' where practice_code = '"
                          + code
                          + "'");
                  sql.executeUpdate(
                      "insert into membership (practice_code, ccg_code, valid_from, origin) values ('"
                          + code
                          + "', '00D', '2014-06-01', 'TRANSFER')");
                  connection.commit();
                } finally {
                  connection.rollback();
                  connection.setAutoCommit(true);
                }
              });
      assertThat(gap.getSQLState()).isEqualTo("23514");
      SQLException overlap =
          org.junit.jupiter.api.Assertions.assertThrows(
              SQLException.class,
              () ->
                  sql.executeUpdate(
                      "insert into membership (practice_code, ccg_code, valid_from, origin) values ('"
                          + code
                          + "', '00D', '2014-06-01', 'TRANSFER')"));
      assertThat(overlap.getSQLState()).isIn("23P01", "23514");
    }
    assertThat(history(code)).hasSize(1);
  }

  @Test
  void updatesNeedTheETagAndClosingEndsTheMembership() {
    String code = practiceIn("00C");
    Map<String, Object> closed = new HashMap<>(details("SURGERY CLOSED"));
    closed.put("status", "CLOSED");
    closed.put("closeDate", "2015-01-01");
    assertProblem(editor().body(closed).put("/practices/" + code), 428, "precondition-required");
    assertProblem(
        editor().header("If-Match", "\"9\"").body(closed).put("/practices/" + code),
        412,
        "precondition-failed");
    Response updated = editor().header("If-Match", "\"0\"").body(closed).put("/practices/" + code);
    updated.then().statusCode(200);
    assertThat(updated.header("ETag")).isEqualTo("\"1\"");
    assertThat(history(code).get(0).get("validTo")).isEqualTo("2015-01-01");
    assertProblem(transfer(code, "00D", "2015-06-01", null), 422, "rule-violated");
  }

  @Test
  void searchesByNamePostcodeStatusAndMembership() {
    String code = practiceIn("00D");
    assertThat(
            given()
                .queryParam("name", "surgery " + code.toLowerCase())
                .get("/practices")
                .jsonPath()
                .getList("items.code"))
        .containsExactly(code);
    assertThat(
            given()
                .queryParam("name", code)
                .queryParam("postcode", "dl1 3")
                .get("/practices")
                .jsonPath()
                .getList("items.code"))
        .containsExactly(code);
    assertThat(
            given()
                .queryParam("name", code)
                .queryParam("postcode", "TS")
                .get("/practices")
                .jsonPath()
                .getList("items"))
        .isEmpty();
    assertThat(
            given()
                .queryParam("name", code)
                .queryParam("status", "DORMANT")
                .get("/practices")
                .jsonPath()
                .getList("items"))
        .isEmpty();
    assertThat(
            given()
                .queryParam("ccg", "00D")
                .queryParam("asOf", "2014-01-01")
                .queryParam("limit", 500)
                .get("/practices")
                .jsonPath()
                .getList("items.code"))
        .contains(code);
    JsonPath members =
        given()
            .queryParam("asOf", "2014-01-01")
            .queryParam("limit", 500)
            .get("/ccgs/00D/practices")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(members.getList("items.code")).contains(code);
    assertThat(members.getList("items.joinedOn")).doesNotContainNull();
    assertProblem(given().queryParam("status", "OPEN").get("/practices"), 400, "validation-failed");
    assertProblem(
        given().queryParam("asOf", "yesterday").get("/ccgs/00D/practices"),
        400,
        "validation-failed");
  }
}
