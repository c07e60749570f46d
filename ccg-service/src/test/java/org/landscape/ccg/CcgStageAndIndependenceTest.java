package org.landscape.ccg;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.ccg.CcgResourceTest.ccg;
import static org.landscape.ccg.CcgResourceTest.editor;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A CCG's stages before it became operational (pathfinder, shadow, authorised) as dated facts that
 * lists, reads and the national figures answer about; and the employer a governing-body seat names
 * for the independence rule, which commissioning-service checks.
 */
@QuarkusTest
@ConnectWireMock
class CcgStageAndIndependenceTest {

  static Response stage(String code, String stage, String from, String to, String conditions) {
    Map<String, Object> body = new HashMap<>(Map.of("stage", stage, "validFrom", from));
    if (to != null) {
      body.put("validTo", to);
    }
    if (conditions != null) {
      body.put("conditions", conditions);
    }
    return editor().body(body).post("/ccgs/" + code + "/stages");
  }

  static JsonPath detail(String code, String asOf) {
    return given()
        .queryParam("asOf", asOf)
        .get("/ccgs/" + code)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static List<String> inStage(String code, String stage, String asOf) {
    return given()
        .queryParam("stage", stage)
        .queryParam("name", code.toLowerCase())
        .queryParam("asOf", asOf)
        .get("/ccgs")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.code");
  }

  @Test
  void stagesBeforeOpeningAreListedReadAndCounted() {
    String code = ccg("2013-04-01", null);
    JsonPath pathfinder =
        stage(code, "PATHFINDER", "2011-10-01", null, null)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(pathfinder.getString("stage")).isEqualTo("PATHFINDER");
    assertThat(pathfinder.getString("validTo")).as("open: until it opened").isEqualTo("2013-04-01");
    stage(code, "SHADOW", "2012-04-01", "2013-04-01", null).then().statusCode(201);
    stage(code, "AUTHORISED", "2013-01-15", null, "financial plan to be agreed")
        .then()
        .statusCode(201);

    // the stage filter selects by stage, not by the default OPERATIONAL status
    assertThat(inStage(code, "PATHFINDER", "2012-06-01")).containsExactly(code);
    assertThat(inStage(code, "SHADOW", "2012-06-01")).containsExactly(code);
    assertThat(inStage(code, "AUTHORISED", "2012-06-01")).isEmpty();
    assertThat(inStage(code, "AUTHORISED", "2013-03-31")).containsExactly(code);
    assertThat(inStage(code, "PATHFINDER", "2013-04-01")).as("operational then").isEmpty();
    assertThat(
            given()
                .queryParam("stage", "PATHFINDER")
                .queryParam("status", "OPERATIONAL")
                .queryParam("name", code.toLowerCase())
                .queryParam("asOf", "2012-06-01")
                .get("/ccgs")
                .jsonPath()
                .getList("items.code"))
        .as("both filters when both are asked")
        .isEmpty();
    JsonPath listed =
        given()
            .queryParam("stage", "SHADOW")
            .queryParam("name", code.toLowerCase())
            .queryParam("asOf", "2012-06-01")
            .get("/ccgs")
            .jsonPath();
    assertThat(listed.getString("items[0].status")).isEqualTo("PROPOSED");
    assertThat(listed.getString("items[0].stage")).isEqualTo("SHADOW");
    assertThat(listed.getInt("total")).isEqualTo(1);

    JsonPath in2012 = detail(code, "2012-06-01");
    assertThat(in2012.getString("status")).isEqualTo("PROPOSED");
    assertThat(in2012.getString("stage")).isEqualTo("SHADOW");
    assertThat(in2012.getList("stagesOnDate")).containsExactly("PATHFINDER", "SHADOW");
    assertThat(in2012.getList("stages.stage"))
        .containsExactly("PATHFINDER", "SHADOW", "AUTHORISED");
    assertThat(in2012.getList("pathfinderPeriods.validFrom")).containsExactly("2011-10-01");
    JsonPath authorised = detail(code, "2013-02-01");
    assertThat(authorised.getString("stage")).isEqualTo("AUTHORISED");
    assertThat(authorised.getString("stages[2].conditions"))
        .isEqualTo("financial plan to be agreed");
    JsonPath lookedUp =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("date", "2012-06-01", "codes", List.of(code)))
            .post("/ccgs/lookup")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(lookedUp.getBoolean("results[0].operational")).isFalse();
    assertThat(lookedUp.getString("results[0].stage")).isEqualTo("SHADOW");
    JsonPath operational = detail(code, "2014-01-01");
    assertThat(operational.getString("status")).isEqualTo("OPERATIONAL");
    assertThat(operational.getString("stage")).isNull();
    assertThat(operational.getList("stagesOnDate")).isEmpty();

    JsonPath figures =
        given()
            .queryParam("asOf", "2013-02-01")
            .get("/figures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(figures.getInt("stages.pathfinder")).isPositive();
    assertThat(figures.getInt("stages.shadow")).isPositive();
    assertThat(figures.getInt("stages.authorised")).isPositive();
    assertThat(figures.getInt("stages.authorisedWithConditions"))
        .isPositive()
        .isLessThanOrEqualTo(figures.getInt("stages.authorised"));
  }

  @Test
  void theOlderPathfinderPeriodsAreThePathfinderStage() {
    String code = ccg("2013-04-01", null);
    editor()
        .body(Map.of("validFrom", "2011-10-01", "validTo", "2013-04-01"))
        .post("/ccgs/" + code + "/pathfinder-periods")
        .then()
        .statusCode(201);
    assertThat(inStage(code, "PATHFINDER", "2012-06-01")).containsExactly(code);
    assertThat(detail(code, "2012-06-01").getString("stage")).isEqualTo("PATHFINDER");
    assertProblem(
        editor()
            .body(Map.of("validFrom", "2012-10-01", "validTo", "2013-06-01"))
            .post("/ccgs/" + code + "/pathfinder-periods"),
        422,
        "rule-violated");
    assertThat(detail(code, "2012-06-01").getList("stages")).hasSize(1);
  }

  @Test
  void badStagesAreRefusedAndNothingIsWritten() {
    String code = ccg("2013-04-01", null);
    stage(code, "PATHFINDER", "2011-10-01", "2012-10-01", null).then().statusCode(201);

    JsonPath overlapping =
        assertProblem(
            stage(code, "AUTHORISED", "2012-12-01", "2013-06-01", null), 422, "rule-violated");
    assertThat(overlapping.getString("detail")).contains("2013-04-01").contains("operational");
    assertProblem(stage(code, "AUTHORISED", "2013-04-01", null, null), 422, "rule-violated");
    assertProblem(stage(code, "SHADOW", "2011-04-01", null, null), 422, "rule-violated");
    assertProblem(stage(code, "PATHFINDER", "2012-09-01", "2013-01-01", null), 409, "conflict");
    assertThat(
            failingFields(
                assertProblem(
                    stage(code, "PATHFINDER", "2012-11-01", null, "conditions"),
                    400,
                    "validation-failed")))
        .containsExactly("conditions");
    assertThat(
            failingFields(
                assertProblem(
                    stage(code, "SHADOW", "2012-10-01", "2012-06-01", null),
                    400,
                    "validation-failed")))
        .containsExactly("validTo");
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .body(Map.of("validFrom", "2012-01-01"))
                        .post("/ccgs/" + code + "/stages"),
                    400,
                    "validation-failed")))
        .containsExactly("stage");
    assertProblem(stage(code, "EARLY", "2012-01-01", null, null), 400, "validation-failed");
    assertProblem(
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("stage", "SHADOW", "validFrom", "2012-04-01"))
            .post("/ccgs/" + code + "/stages"),
        401,
        "unauthenticated");
    assertProblem(stage("T9998", "SHADOW", "2012-04-01", null, null), 404, "not-found");

    assertThat(detail(code, "2012-06-01").getList("stages.stage")).containsExactly("PATHFINDER");

    // nor may the CCG's operational period later move over a recorded stage
    assertProblem(
        editor()
            .header("If-Match", "\"0\"")
            .body(Map.of("name", "NHS Earlier", "openDate", "2012-04-01"))
            .put("/ccgs/" + code),
        422,
        "rule-violated");
    assertThat(detail(code, "2014-01-01").getString("openDate")).isEqualTo("2013-04-01");
  }

  @Test
  void aSeatMayNameItsHoldersEmployerInTheOdsFormat() {
    String code = ccg("2013-04-01", null);
    Map<String, Object> nurse =
        Map.of(
            "personName",
            "Nina Nurse",
            "roles",
            List.of("REGISTERED_NURSE"),
            "validFrom",
            "2013-04-01",
            "employerCode",
            "RTD");
    JsonPath created =
        editor()
            .body(nurse)
            .post("/ccgs/" + code + "/governing-body/seats")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    long id = created.getLong("id");
    assertThat(created.getString("employerCode")).isEqualTo("RTD");
    long doctor =
        editor()
            .body(
                Map.of(
                    "personName",
                    "Dr Sam Specialist",
                    "roles",
                    List.of("SECONDARY_CARE_SPECIALIST_DOCTOR"),
                    "validFrom",
                    "2013-04-01"))
            .post("/ccgs/" + code + "/governing-body/seats")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");

    for (String bad : List.of("rtd", "R", "RTD-1", "ABCDEFG")) {
      Map<String, Object> body = new HashMap<>(nurse);
      body.put("employerCode", bad);
      assertThat(
              failingFields(
                  assertProblem(
                      editor().body(body).post("/ccgs/" + code + "/governing-body/seats"),
                      400,
                      "validation-failed")))
          .as(bad)
          .containsExactly("employerCode");
      assertProblem(
          editor()
              .header("If-Match", "\"0\"")
              .body(body)
              .put("/ccgs/" + code + "/governing-body/seats/" + id),
          400,
          "validation-failed");
    }
    assertThat(
            given()
                .queryParam("asOf", "2014-01-01")
                .get("/ccgs/" + code + "/governing-body")
                .jsonPath()
                .getList("employerCode"))
        .as("nothing written")
        .containsExactlyInAnyOrder("RTD", null);

    JsonPath seats =
        given()
            .queryParam("asOf", "2014-01-01")
            .queryParam("employerNamed", true)
            .queryParam("limit", 500)
            .get("/governing-body-seats")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(seats.getList("items.id", Long.class)).contains(id).doesNotContain(doctor);
    assertThat(
            given()
                .queryParam("asOf", "2014-01-01")
                .queryParam("limit", 500)
                .get("/governing-body-seats")
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(id, doctor);
    Map<String, Object> entry = seats.getMap("items.find { it.id == " + id + " }");
    assertThat(entry)
        .containsEntry("ccgCode", code)
        .containsEntry("employerCode", "RTD")
        .containsEntry("roles", List.of("REGISTERED_NURSE"));
    assertThat(
            given()
                .queryParam("asOf", "2012-01-01")
                .queryParam("employerNamed", true)
                .queryParam("limit", 500)
                .get("/governing-body-seats")
                .jsonPath()
                .getList("items.id", Long.class))
        .doesNotContain(id);

    JsonPath compliance =
        given()
            .queryParam("asOf", "2014-01-01")
            .get("/ccgs/" + code + "/governing-body/compliance")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(compliance.getString("crossServiceChecks[0].rule"))
        .isEqualTo("CLINICIAN_EMPLOYED_BY_CONTRACTED_PROVIDER");
    assertThat(compliance.getString("crossServiceChecks[0].checkedBy"))
        .isEqualTo("commissioning-service");
    assertThat(compliance.getString("crossServiceChecks[0].path"))
        .isEqualTo(
            "/consistency-report?asOf=2014-01-01&rule=CLINICIAN_EMPLOYED_BY_CONTRACTED_PROVIDER&ccg="
                + code);
    assertThat(compliance.getList("crossServiceChecks[0].checkedSeats", Long.class))
        .containsExactly(id);
    assertThat(compliance.getList("crossServiceChecks[0].uncheckedSeats", Long.class))
        .containsExactly(doctor);
  }
}
