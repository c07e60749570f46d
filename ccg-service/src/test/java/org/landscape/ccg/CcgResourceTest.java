package org.landscape.ccg;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.landscape.hwb.api.LocalAuthorityKind;
import org.landscape.testsupport.TestTokens;

/** The CCG register's API with fictional five-character codes (T0xxx) that no real CCG has. */
@QuarkusTest
@ConnectWireMock
class CcgResourceTest {

  private static final AtomicInteger SERIAL = new AtomicInteger(1000);

  WireMock wiremock;

  static String newCode() {
    return "T" + SERIAL.incrementAndGet();
  }

  static RequestSpecification editor() {
    return given().auth().oauth2(TestTokens.withRoles("editor")).contentType(ContentType.JSON);
  }

  static String ccg(String openDate, String closeDate) {
    String code = newCode();
    Map<String, Object> body =
        new java.util.HashMap<>(
            Map.of("code", code, "name", "NHS Test " + code, "openDate", openDate));
    if (closeDate != null) {
      body.put("closeDate", closeDate);
    }
    editor().body(body).post("/ccgs").then().statusCode(201);
    return code;
  }

  static Response seat(String ccg, String person, List<String> roles) {
    return editor()
        .body(Map.of("personName", person, "roles", roles, "validFrom", "2013-04-01"))
        .post("/ccgs/" + ccg + "/governing-body/seats");
  }

  @Test
  void createsAndReadsACcgWithItsStatusOnADate() {
    String code = ccg("2013-04-01", "2015-04-01");
    Response read = given().queryParam("asOf", "2014-01-01").get("/ccgs/" + code);
    read.then().statusCode(200);
    assertThat(read.header("ETag")).isEqualTo("\"0\"");
    assertThat(read.jsonPath().getString("status")).isEqualTo("OPERATIONAL");
    assertThat(
            given()
                .queryParam("asOf", "2012-01-01")
                .get("/ccgs/" + code)
                .jsonPath()
                .getString("status"))
        .isEqualTo("PROPOSED");
    assertThat(
            given()
                .queryParam("asOf", "2015-04-01")
                .get("/ccgs/" + code)
                .jsonPath()
                .getString("status"))
        .isEqualTo("CLOSED");
    assertThat(
            given()
                .queryParam("name", "test " + code.toLowerCase())
                .queryParam("status", "CLOSED")
                .queryParam("asOf", "2016-01-01")
                .get("/ccgs")
                .jsonPath()
                .getList("items.code"))
        .containsExactly(code);
  }

  @Test
  void invalidCcgsAreRefusedWithTheFailingFields() {
    JsonPath problem =
        assertProblem(
            editor().body(Map.of("code", "0C", "onsCode", "E99", "name", "")).post("/ccgs"),
            400,
            "validation-failed");
    assertThat(failingFields(problem))
        .containsExactlyInAnyOrder("code", "onsCode", "name", "openDate");
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .body(
                            Map.of(
                                "code",
                                newCode(),
                                "name",
                                "X",
                                "openDate",
                                "2015-01-01",
                                "closeDate",
                                "2014-01-01"))
                        .post("/ccgs"),
                    400,
                    "validation-failed")))
        .containsExactly("closeDate");
    assertProblem(given().get("/ccgs/not-a-code"), 400, "validation-failed");
    assertProblem(given().get("/ccgs/T9999"), 404, "not-found");
  }

  @Test
  void codesAreNeverReused() {
    String code = ccg("2013-04-01", null);
    assertProblem(
        editor()
            .body(Map.of("code", code, "name", "Again", "openDate", "2013-04-01"))
            .post("/ccgs"),
        409,
        "conflict");
  }

  @Test
  void writesNeedTheEditorRole() {
    Map<String, Object> body = Map.of("code", newCode(), "name", "X", "openDate", "2013-04-01");
    assertProblem(
        given().contentType(ContentType.JSON).body(body).post("/ccgs"), 401, "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .contentType(ContentType.JSON)
            .body(body)
            .post("/ccgs"),
        403,
        "forbidden");
    assertProblem(given().get("/ccgs/" + body.get("code")), 404, "not-found");
  }

  @Test
  void theSuiteItselfMayCreateAndCloseCcgsWithTheServiceRole() {
    String code = newCode();
    given()
        .auth()
        .oauth2(TestTokens.withRoles("service"))
        .contentType(ContentType.JSON)
        .body(Map.of("code", code, "name", "NHS Merged", "openDate", "2015-04-01"))
        .post("/ccgs")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(TestTokens.withRoles("service"))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", "NHS Merged", "openDate", "2015-04-01", "closeDate", "2020-04-01"))
        .put("/ccgs/" + code)
        .then()
        .statusCode(200);
    assertThat(given().get("/ccgs/" + code).jsonPath().getString("closeDate"))
        .isEqualTo("2020-04-01");
  }

  @Test
  void updatesNeedTheCurrentETag() {
    String code = ccg("2013-04-01", null);
    Map<String, Object> changes =
        Map.of("name", "NHS Renamed", "openDate", "2013-04-01", "closeDate", "2020-04-01");
    assertProblem(editor().body(changes).put("/ccgs/" + code), 428, "precondition-required");
    assertProblem(
        editor().header("If-Match", "\"3\"").body(changes).put("/ccgs/" + code),
        412,
        "precondition-failed");
    Response updated = editor().header("If-Match", "\"0\"").body(changes).put("/ccgs/" + code);
    updated.then().statusCode(200);
    assertThat(updated.header("ETag")).isEqualTo("\"1\"");
    assertThat(given().get("/ccgs/" + code).jsonPath().getString("closeDate"))
        .isEqualTo("2020-04-01");
  }

  @Test
  void successionIsNavigableBothWaysAndAcrossSeveralSteps() {
    String first = ccg("2013-04-01", "2015-04-01");
    String second = ccg("2015-04-01", "2018-04-01");
    String third = ccg("2018-04-01", null);
    editor()
        .body(Map.of("successorCode", second, "effectiveDate", "2015-04-01"))
        .post("/ccgs/" + first + "/successors")
        .then()
        .statusCode(201);
    editor()
        .body(Map.of("successorCode", third, "effectiveDate", "2018-04-01"))
        .post("/ccgs/" + second + "/successors")
        .then()
        .statusCode(201);
    assertThat(
            given()
                .queryParam("transitive", true)
                .get("/ccgs/" + first + "/successors")
                .jsonPath()
                .getList("successorCode"))
        .containsExactly(second, third);
    assertThat(given().get("/ccgs/" + first + "/successors").jsonPath().getList("successorCode"))
        .containsExactly(second);
    assertThat(
            given()
                .queryParam("transitive", true)
                .get("/ccgs/" + third + "/predecessors")
                .jsonPath()
                .getList("predecessorCode"))
        .containsExactly(second, first);
    assertProblem(
        editor()
            .body(Map.of("successorCode", first, "effectiveDate", "2019-04-01"))
            .post("/ccgs/" + third + "/successors"),
        422,
        "rule-violated");
    assertProblem(
        editor()
            .body(Map.of("successorCode", second, "effectiveDate", "2015-04-01"))
            .post("/ccgs/" + first + "/successors"),
        409,
        "conflict");
  }

  @Test
  void aGoverningBodyWithoutARegisteredNurseFailsThatRuleByName() {
    String code = ccg("2013-04-01", null);
    seat(code, "Dr Chair", List.of("GP", "CHAIR")).then().statusCode(201);
    seat(code, "Ann Officer", List.of("ACCOUNTABLE_OFFICER")).then().statusCode(201);
    seat(code, "Fin Officer", List.of("CHIEF_FINANCE_OFFICER")).then().statusCode(201);
    seat(code, "Dr Specialist", List.of("SECONDARY_CARE_SPECIALIST_DOCTOR")).then().statusCode(201);
    seat(code, "Lay Audit", List.of("LAY_MEMBER_AUDIT_AND_GOVERNANCE")).then().statusCode(201);
    seat(code, "Lay Public", List.of("LAY_MEMBER_PATIENT_AND_PUBLIC_INVOLVEMENT"))
        .then()
        .statusCode(201);

    JsonPath report =
        given()
            .queryParam("asOf", "2014-10-01")
            .get("/ccgs/" + code + "/governing-body/compliance")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(report.getBoolean("compliant")).isFalse();
    assertThat(report.getInt("members")).isEqualTo(6);
    Map<String, Boolean> outcome = new java.util.HashMap<>();
    report
        .getList("findings", Map.class)
        .forEach(f -> outcome.put((String) f.get("rule"), (Boolean) f.get("passed")));
    assertThat(outcome)
        .containsEntry("REGISTERED_NURSE", false)
        .containsEntry("AT_LEAST_SIX_MEMBERS", true)
        .containsEntry("ACCOUNTABLE_OFFICER", true)
        .containsEntry("CHIEF_FINANCE_OFFICER", true)
        .containsEntry("SECONDARY_CARE_SPECIALIST_DOCTOR", true)
        .containsEntry("TWO_LAY_MEMBERS", true)
        .containsEntry("GP", true)
        .containsEntry("CHAIR", true);

    seat(code, "Nurse Example", List.of("REGISTERED_NURSE")).then().statusCode(201);
    assertThat(
            given()
                .queryParam("asOf", "2014-10-01")
                .get("/ccgs/" + code + "/governing-body/compliance")
                .jsonPath()
                .getBoolean("compliant"))
        .isTrue();
    assertThat(
            given()
                .queryParam("asOf", "2012-10-01")
                .get("/ccgs/" + code + "/governing-body/compliance")
                .jsonPath()
                .getInt("members"))
        .isZero();
  }

  @Test
  void eachCompositionRuleFailsOnItsOwn() {
    String code = ccg("2013-04-01", null);
    seat(
            code,
            "Solo",
            List.of("LAY_MEMBER_AUDIT_AND_GOVERNANCE", "LAY_MEMBER_PATIENT_AND_PUBLIC_INVOLVEMENT"))
        .then()
        .statusCode(201);
    JsonPath report =
        given()
            .queryParam("asOf", "2014-10-01")
            .get("/ccgs/" + code + "/governing-body/compliance")
            .jsonPath();
    List<String> failed = report.getList("findings.findAll { !it.passed }.rule");
    assertThat(failed)
        .containsExactlyInAnyOrder(
            "AT_LEAST_SIX_MEMBERS",
            "ACCOUNTABLE_OFFICER",
            "CHIEF_FINANCE_OFFICER",
            "REGISTERED_NURSE",
            "SECONDARY_CARE_SPECIALIST_DOCTOR",
            "TWO_LAY_MEMBERS",
            "GP",
            "CHAIR");
    assertThat(report.getString("findings.find { it.rule == 'TWO_LAY_MEMBERS' }.reason"))
        .contains("same person");
  }

  @Test
  void seatsAreValidatedAuthorisedAndVersioned() {
    String code = ccg("2013-04-01", null);
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .body(Map.of("personName", "", "roles", List.of()))
                        .post("/ccgs/" + code + "/governing-body/seats"),
                    400,
                    "validation-failed")))
        .containsExactlyInAnyOrder("personName", "roles", "validFrom");
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .body(
                            Map.of(
                                "personName",
                                "X",
                                "roles",
                                List.of("PRESIDENT"),
                                "validFrom",
                                "2013-04-01"))
                        .post("/ccgs/" + code + "/governing-body/seats"),
                    400,
                    "validation-failed")))
        .isNotEmpty();
    assertProblem(
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("personName", "X", "roles", List.of("GP"), "validFrom", "2013-04-01"))
            .post("/ccgs/" + code + "/governing-body/seats"),
        401,
        "unauthenticated");
    long id =
        seat(code, "Dr Ends", List.of("GP"))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    Map<String, Object> ended =
        Map.of(
            "personName",
            "Dr Ends",
            "roles",
            List.of("GP"),
            "validFrom",
            "2013-04-01",
            "validTo",
            "2014-01-01");
    assertProblem(
        editor().body(ended).put("/ccgs/" + code + "/governing-body/seats/" + id),
        428,
        "precondition-required");
    editor()
        .header("If-Match", "\"0\"")
        .body(ended)
        .put("/ccgs/" + code + "/governing-body/seats/" + id)
        .then()
        .statusCode(200);
    assertThat(
            given()
                .queryParam("asOf", "2014-06-01")
                .get("/ccgs/" + code + "/governing-body")
                .jsonPath()
                .getList("$"))
        .isEmpty();
  }

  @Test
  void theAreaIsCheckedWithHwbAndNothingIsWrittenWhenItIsDown() throws Exception {
    String code = ccg("2013-04-01", null);
    HwbStub.serve(
        wiremock,
        List.of(HwbStub.council("E06000057", "Northumberland", LocalAuthorityKind.UNITARY, null)));
    Map<String, Object> area =
        Map.of(
            "validFrom",
            "2013-04-01",
            "authorities",
            List.of(
                Map.of("localAuthorityCode", "E06000057", "shareOfCcg", 1, "shareOfAuthority", 1)));
    editor().body(area).put("/ccgs/" + code + "/area").then().statusCode(204);
    assertThat(
            given()
                .queryParam("asOf", "2014-01-01")
                .get("/ccgs/" + code)
                .jsonPath()
                .getList("area.localAuthorityCode"))
        .containsExactly("E06000057");

    Map<String, Object> unknown =
        Map.of(
            "validFrom",
            "2014-04-01",
            "authorities",
            List.of(Map.of("localAuthorityCode", "E06000001")));
    assertThat(
            failingFields(
                assertProblem(
                    editor().body(unknown).put("/ccgs/" + code + "/area"),
                    400,
                    "validation-failed")))
        .containsExactly("authorities[0].localAuthorityCode");

    HwbStub.beUnreachable(wiremock);
    Map<String, Object> change =
        Map.of(
            "validFrom",
            "2014-04-01",
            "authorities",
            List.of(Map.of("localAuthorityCode", "E06000001")));
    assertProblem(editor().body(change).put("/ccgs/" + code + "/area"), 503, "peer-unavailable");
    assertThat(
            given()
                .queryParam("asOf", "2015-01-01")
                .get("/ccgs/" + code)
                .jsonPath()
                .getList("area.localAuthorityCode"))
        .containsExactly("E06000057");
  }

  @Test
  void constitutionsAndPathfinderPeriodsAreRecorded() {
    String code = ccg("2013-04-01", null);
    editor()
        .body(
            Map.of(
                "version",
                "1.0",
                "adoptedOn",
                "2013-04-01",
                "documentUrl",
                "https://example.nhs.uk/c1.pdf"))
        .post("/ccgs/" + code + "/constitutions")
        .then()
        .statusCode(201);
    editor()
        .body(
            Map.of(
                "version",
                "2.0",
                "adoptedOn",
                "2014-06-01",
                "documentUrl",
                "https://example.nhs.uk/c2.pdf"))
        .post("/ccgs/" + code + "/constitutions")
        .then()
        .statusCode(201);
    assertProblem(
        editor()
            .body(
                Map.of(
                    "version",
                    "2.0",
                    "adoptedOn",
                    "2014-06-01",
                    "documentUrl",
                    "https://example.nhs.uk/c2.pdf"))
            .post("/ccgs/" + code + "/constitutions"),
        409,
        "conflict");
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .body(
                            Map.of(
                                "version",
                                "3",
                                "adoptedOn",
                                "2015-01-01",
                                "documentUrl",
                                "ftp://x"))
                        .post("/ccgs/" + code + "/constitutions"),
                    400,
                    "validation-failed")))
        .containsExactly("documentUrl");
    assertThat(
            given()
                .queryParam("asOf", "2014-01-01")
                .get("/ccgs/" + code)
                .jsonPath()
                .getString("constitution.version"))
        .isEqualTo("1.0");
    assertThat(
            given()
                .queryParam("asOf", "2014-07-01")
                .get("/ccgs/" + code)
                .jsonPath()
                .getString("constitution.version"))
        .isEqualTo("2.0");

    editor()
        .body(Map.of("validFrom", "2011-04-01", "validTo", "2013-04-01", "note", "wave 1"))
        .post("/ccgs/" + code + "/pathfinder-periods")
        .then()
        .statusCode(201);
    assertThat(
            given()
                .queryParam("pathfinder", true)
                .queryParam("name", code.toLowerCase())
                .queryParam("asOf", "2014-01-01")
                .get("/ccgs")
                .jsonPath()
                .getList("items.code"))
        .containsExactly(code);
    assertThat(
            given()
                .queryParam("pathfinder", false)
                .queryParam("name", code.toLowerCase())
                .queryParam("asOf", "2014-01-01")
                .get("/ccgs")
                .jsonPath()
                .getList("items.code"))
        .isEmpty();
  }

  @Test
  void figuresCountGpAccountableOfficersAndChairs() {
    String code = ccg("2013-04-01", null);
    seat(code, "Dr Both", List.of("GP", "CHAIR", "ACCOUNTABLE_OFFICER")).then().statusCode(201);
    JsonPath figures =
        given()
            .queryParam("asOf", "2014-10-01")
            .get("/figures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(figures.getInt("accountableOfficers.gps")).isPositive();
    assertThat(figures.getInt("chairs.gps")).isLessThanOrEqualTo(figures.getInt("chairs.holders"));
    assertThat(figures.getInt("operationalCcgs")).isPositive();
  }

  @Test
  void theBulkLookUpIsValidated() {
    assertThat(
            failingFields(
                assertProblem(
                    given()
                        .contentType(ContentType.JSON)
                        .body(Map.of("codes", List.of()))
                        .post("/ccgs/lookup"),
                    400,
                    "validation-failed")))
        .containsExactlyInAnyOrder("date", "codes");
  }
}
