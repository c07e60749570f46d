package org.landscape.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.endtoend.RunningSuite.Service.CCG;
import static org.landscape.endtoend.RunningSuite.Service.HWB;
import static org.landscape.endtoend.RunningSuite.Service.PRACTICE;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.landscape.testsupport.OfficialData;

/**
 * The four services started for real on a real PostgreSQL, loaded with the official files, and
 * asked questions whose answers need more than one of them: every call between services here is
 * real HTTP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LandscapeEndToEndTest {

  private static RunningSuite suite;
  private static String importer;
  private static String editor;

  @BeforeAll
  static void startTheSuite() throws Exception {
    suite = RunningSuite.start();
    importer = suite.token("importer");
    editor = suite.token("editor");
  }

  @AfterAll
  static void stopTheSuite() throws Exception {
    if (suite != null) {
      suite.close();
    }
  }

  private static JsonPath upload(RunningSuite.Service service, String path, String file) {
    return given()
        .auth()
        .oauth2(importer)
        .multiPart("file", OfficialData.file(file).toFile())
        .post(suite.url(service) + path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Response transfer(String practice, String target, String date, String key) {
    return given()
        .auth()
        .oauth2(editor)
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(Map.of("targetCcgCode", target, "effectiveDate", date))
        .post(suite.url(PRACTICE) + "/practices/" + practice + "/transfers");
  }

  private static List<Object> memberships(String practice) {
    return given()
        .get(suite.url(PRACTICE) + "/practices/" + practice + "/memberships")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  @Test
  @Order(1)
  void theOfficialFilesLoadIntoAllServicesInDependencyOrder() {
    given()
        .auth()
        .oauth2(importer)
        .multiPart("districts", OfficialData.file("ons/LAD15_RGN15_EN_LU.csv").toFile())
        .multiPart("upperTiers", OfficialData.file("ons/LTLA17_UTLA17_EW_LU.csv").toFile())
        .post(suite.url(HWB) + "/local-authorities/import")
        .then()
        .statusCode(200);
    assertThat(
            given()
                .auth()
                .oauth2(editor)
                .post(suite.url(HWB) + "/boards/bulk")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("created"))
        .isEqualTo(152);

    upload(CCG, "/imports/ccg-list", "ods-2013/CCG_APR_2013.csv");
    upload(CCG, "/imports/area-teams", "ods-2013/NHSAT_APR_2013_EN_NC.csv");
    upload(CCG, "/imports/oversight", "ods-2013/CCG13_NHSAT13_NHSCR13_EW_LU.csv");
    upload(CCG, "/imports/eccg", "ods-2025/eccg.csv");
    upload(CCG, "/imports/successions", "ods-2025/succ.csv");
    // the councils of every CCG area are checked with hwb-service, over HTTP
    assertThat(
            upload(CCG, "/imports/lsoa-areas", "ons/LSOA11_CCG15_LAD15_EN_LU.csv")
                .getInt("created"))
        .isEqualTo(209);
    given()
        .auth()
        .oauth2(importer)
        .post(suite.url(CCG) + "/imports/area-corrections/shipped")
        .then()
        .statusCode(200);
    // every commissioner is checked with ccg-service, in one call
    JsonPath practices = upload(PRACTICE, "/imports/epraccur", "ods-2013/epraccur-2015-07.csv");
    assertThat(practices.getInt("created")).isEqualTo(8165);

    assertThat(
            given()
                .queryParam("asOf", "2013-04-01")
                .get(suite.url(CCG) + "/ccgs")
                .jsonPath()
                .getLong("total"))
        .isEqualTo(211);
    assertThat(
            given()
                .queryParam("asOf", "2015-04-01")
                .get(suite.url(CCG) + "/ccgs")
                .jsonPath()
                .getLong("total"))
        .isEqualTo(209);
    assertThat(
            given()
                .queryParam("status", "ACTIVE")
                .get(suite.url(PRACTICE) + "/practices")
                .jsonPath()
                .getLong("total"))
        .isEqualTo(7851);
  }

  @Test
  @Order(2)
  void aBoardsRelevantCcgsComeFromCcgService() {
    JsonPath before =
        given()
            .queryParam("asOf", "2014-06-01")
            .get(suite.url(HWB) + "/boards/E08000021/compliance")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(
            before.getList(
                "findings.findAll { it.rule == 'RELEVANT_CCG_REPRESENTED' }.ccgCode", String.class))
        .containsExactlyInAnyOrder("00G", "00H");
    JsonPath after =
        given()
            .queryParam("asOf", "2015-06-01")
            .get(suite.url(HWB) + "/boards/E08000021/compliance")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(
            after.getList(
                "findings.findAll { it.rule == 'RELEVANT_CCG_REPRESENTED' }.ccgCode", String.class))
        .containsExactly("13T");
  }

  @Test
  @Order(3)
  void theConsistencyReportChecksEveryServiceAgainstTheOthers() {
    String report = suite.url(RunningSuite.Service.COMMISSIONING) + "/consistency-report";
    JsonPath before =
        given()
            .queryParam("asOf", "2015-06-01")
            .get(report)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(before.getBoolean("consistent")).isFalse();
    assertThat(before.getInt("checked.ccgs")).isEqualTo(248);
    assertThat(before.getInt("checked.boards")).isEqualTo(152);
    assertThat(before.getInt("counts.UNKNOWN_CCG")).isZero();
    assertThat(before.getInt("counts.UNKNOWN_COUNCIL")).isZero();
    assertThat(before.getInt("counts.PRACTICE_IN_NON_OPERATIONAL_CCG")).isZero();
    // the import's orphans all closed in 2013: open without a CCG then, gone by 2015
    assertThat(before.getInt("counts.OPEN_PRACTICE_WITHOUT_CCG")).isZero();
    JsonPath in2013 =
        given()
            .queryParam("asOf", "2013-06-01")
            .queryParam("rule", "OPEN_PRACTICE_WITHOUT_CCG")
            .get(report)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(in2013.getList("violations.records.practice", String.class))
        .contains("C84719", "E87020", "C84141");
    JsonPath unrepresented =
        given()
            .queryParam("asOf", "2015-06-01")
            .queryParam("rule", "RELEVANT_CCG_NOT_REPRESENTED")
            .get(report)
            .jsonPath();
    assertThat(
            unrepresented.getList(
                "violations.findAll { it.records.board == 'E08000021' }.records.ccg", String.class))
        .containsExactly("13T");

    given()
        .auth()
        .oauth2(editor)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "personName", "Dr Newcastle Gateshead",
                "role", "CCG_REPRESENTATIVE",
                "ccgCode", "13T",
                "validFrom", "2015-04-01"))
        .post(suite.url(HWB) + "/boards/E08000021/members")
        .then()
        .statusCode(201);
    JsonPath after =
        given()
            .queryParam("asOf", "2015-06-01")
            .queryParam("rule", "RELEVANT_CCG_NOT_REPRESENTED")
            .get(report)
            .jsonPath();
    assertThat(after.getInt("counts.RELEVANT_CCG_NOT_REPRESENTED"))
        .isEqualTo(before.getInt("counts.RELEVANT_CCG_NOT_REPRESENTED") - 1);
    assertThat(after.getList("violations.records.board", String.class)).doesNotContain("E08000021");
  }

  @Test
  @Order(3)
  void aTransferIsCheckedWithCcgService() {
    transfer("A83005", "00D", "2015-06-01", "e2e-move-A83005").then().statusCode(201);
    assertProblem(
        transfer("A83010", "00F", "2016-01-01", "e2e-closed-A83010"), 422, "rule-violated");
    assertThat(
            given()
                .queryParam("asOf", "2015-07-01")
                .get(suite.url(PRACTICE) + "/practices/A83005")
                .jsonPath()
                .getString("ccg.ccgCode"))
        .isEqualTo("00D");
  }

  @Test
  @Order(4)
  void withCcgServiceStoppedWritesThatNeedItGet503AndNothingChanges() throws Exception {
    List<Object> before = memberships("A83010");
    suite.stop(CCG);
    try {
      assertProblem(
          transfer("A83010", "00D", "2015-06-01", "e2e-down-A83010"), 503, "peer-unavailable");
      assertThat(memberships("A83010")).isEqualTo(before);
      assertProblem(
          given()
              .queryParam("asOf", "2014-06-01")
              .get(suite.url(HWB) + "/boards/E08000021/compliance"),
          503,
          "peer-unavailable");
      assertProblem(
          given().get(suite.url(RunningSuite.Service.COMMISSIONING) + "/consistency-report"),
          503,
          "peer-unavailable");
    } finally {
      suite.restart(CCG);
    }
    // once it is back, the same request goes through
    transfer("A83010", "00D", "2015-06-01", "e2e-down-A83010").then().statusCode(201);
    assertThat(memberships("A83010")).hasSize(before.size() + 1);
  }

  @Test
  @Order(5)
  void withHwbServiceStoppedACcgAreaChangeGets503AndNothingChanges() throws Exception {
    Map<String, Object> area =
        Map.of(
            "validFrom",
            "2016-04-01",
            "authorities",
            List.of(Map.of("localAuthorityCode", "E06000057")));
    List<Object> before =
        given()
            .queryParam("asOf", "2016-06-01")
            .get(suite.url(CCG) + "/ccgs/00L")
            .jsonPath()
            .getList("area");
    suite.stop(HWB);
    try {
      assertProblem(
          given()
              .auth()
              .oauth2(editor)
              .contentType(ContentType.JSON)
              .body(area)
              .put(suite.url(CCG) + "/ccgs/00L/area"),
          503,
          "peer-unavailable");
      assertThat(
              given()
                  .queryParam("asOf", "2016-06-01")
                  .get(suite.url(CCG) + "/ccgs/00L")
                  .jsonPath()
                  .getList("area"))
          .isEqualTo(before);
    } finally {
      suite.restart(HWB);
    }
  }

  /** The sequence of ccg-service's last change, read to the end of its feed. */
  private static long latestCcgChange() {
    long after = 0;
    while (true) {
      JsonPath page =
          given()
              .queryParam("after", after)
              .queryParam("limit", 1000)
              .get(suite.url(CCG) + "/changes")
              .jsonPath();
      if (page.getList("items").isEmpty()) {
        return after;
      }
      after = page.getLong("next");
    }
  }

  private static JsonPath flagsWhenCaughtUp(long position) throws InterruptedException {
    for (int attempt = 0; attempt < 120; attempt++) {
      JsonPath flags =
          given()
              .queryParam("asOf", "2020-06-01")
              .get(suite.url(PRACTICE) + "/membership-flags")
              .jsonPath();
      if (flags.getLong("followedUpTo") >= position) {
        return flags;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("practice-service did not catch up with ccg-service's feed in 60 s");
  }

  @Test
  @Order(6)
  void practiceServiceFollowsCcgServicesFeedAcrossRestarts() throws Exception {
    long latest = latestCcgChange();
    JsonPath flags = flagsWhenCaughtUp(latest);
    // 00C closed on 2020-04-01: its practices that stayed are flagged by practice-service itself
    assertThat(flags.getList("flags.findAll { it.ccgCode == '00C' }.practiceCode", String.class))
        .isNotEmpty()
        .doesNotContain("A83005");
    assertThat(flags.getList("flags.reason", String.class))
        .allSatisfy(r -> assertThat(r).contains("closed on"));

    suite.stop(PRACTICE);
    suite.restart(PRACTICE);
    assertThat(
            given()
                .queryParam("asOf", "2020-06-01")
                .get(suite.url(PRACTICE) + "/membership-flags")
                .jsonPath()
                .getLong("followedUpTo"))
        .isGreaterThanOrEqualTo(latest);
  }
}
