package org.landscape.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.endtoend.RunningSuite.Service.CCG;
import static org.landscape.endtoend.RunningSuite.Service.COMMISSIONING;
import static org.landscape.endtoend.RunningSuite.Service.HWB;
import static org.landscape.endtoend.RunningSuite.Service.PRACTICE;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.landscape.endtoend.badrequests.BadRequestSweep;
import org.landscape.endtoend.badrequests.HttpLayerRefusals;
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
    JsonPath practices =
        upload(
            PRACTICE, "/imports/epraccur?extractDate=2015-07-01", "ods-2013/epraccur-2015-07.csv");
    assertThat(practices.getInt("created")).isEqualTo(8165);
    JsonPath trusts = upload(COMMISSIONING, "/imports/etr", "ods-2025/etr.csv");
    assertThat(trusts.getInt("created")).isEqualTo(273);

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

  private static JsonPath awaitReconfiguration(long id, String state) throws InterruptedException {
    JsonPath status = null;
    for (int waited = 0; waited < 240; waited++) {
      status = given().get(suite.url(COMMISSIONING) + "/reconfigurations/" + id).jsonPath();
      if (state.equals(status.getString("state"))) {
        return status;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "reconfiguration " + id + " is not " + state + ": " + status.prettify());
  }

  private static long ccgCount(String asOf) {
    return given()
        .queryParam("asOf", asOf)
        .queryParam("limit", 1)
        .get(suite.url(CCG) + "/ccgs")
        .jsonPath()
        .getLong("total");
  }

  /** CCGs commission contracts until the ICBs take over on 2022-07-01: mergers before then. */
  private static final String MERGER_DATE = "2021-10-01";

  private static long propose(List<String> predecessors, String successor, String name) {
    return propose(predecessors, successor, name, java.time.LocalDate.now().toString());
  }

  private static long propose(
      List<String> predecessors, String successor, String name, String effectiveDate) {
    Map<String, Object> proposal = new java.util.LinkedHashMap<>();
    proposal.put("kind", "MERGER");
    proposal.put("predecessorCodes", predecessors);
    proposal.put("successorCode", successor);
    proposal.put("newSuccessorName", name);
    proposal.put("effectiveDate", effectiveDate);
    return given()
        .auth()
        .oauth2(editor)
        .contentType(ContentType.JSON)
        .body(proposal)
        .post(suite.url(COMMISSIONING) + "/reconfigurations")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static Response approve(long id) {
    return given()
        .auth()
        .oauth2(editor)
        .post(suite.url(COMMISSIONING) + "/reconfigurations/" + id + "/approval");
  }

  private static String activeContract(String reference, String ccg) {
    given()
        .auth()
        .oauth2(editor)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "reference", reference,
                "commissioner", Map.of("kind", "CCG", "code", ccg),
                "providerCode", "RM3",
                "category", "ELECTIVE_HOSPITAL_CARE",
                "value", 1200000,
                "startDate", "2021-04-01",
                "endDate", "2024-04-01"))
        .post(suite.url(COMMISSIONING) + "/contracts")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(editor)
        .header("If-Match", "\"0\"")
        .post(suite.url(COMMISSIONING) + "/contracts/" + reference + "/activation")
        .then()
        .statusCode(200);
    return reference;
  }

  @Test
  @Order(7)
  void theRealMergersReplayedThroughTheWorkflowReproduceThePublishedCounts() throws Exception {
    JsonPath nominees =
        given()
            .auth()
            .oauth2(editor)
            .queryParam("date", "2013-04-01")
            .post(suite.url(HWB) + "/boards/ccg-nominees")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(nominees.getInt("boards")).isEqualTo(152);
    assertThat(nominees.getInt("seated")).isGreaterThan(200);
    JsonPath replay =
        given()
            .auth()
            .oauth2(importer)
            .multiPart("successions", OfficialData.file("ods-2025/succ.csv").toFile())
            .multiPart("ccgs", OfficialData.file("ods-2025/eccg.csv").toFile())
            .post(suite.url(COMMISSIONING) + "/reconfigurations/replay")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(replay.getInt("mergers")).isEqualTo(37);
    assertThat(replay.getInt("recorded")).isEqualTo(37);

    for (int waited = 0; waited < 600; waited++) {
      long completed =
          given()
              .queryParam("state", "COMPLETED")
              .queryParam("limit", 1)
              .get(suite.url(COMMISSIONING) + "/reconfigurations")
              .jsonPath()
              .getLong("total");
      if (completed == 37) {
        break;
      }
      Thread.sleep(500);
    }
    JsonPath all =
        given()
            .queryParam("limit", 100)
            .get(suite.url(COMMISSIONING) + "/reconfigurations")
            .jsonPath();
    assertThat(all.getList("items.state", String.class)).hasSize(37).containsOnly("COMPLETED");
    assertThat(all.getList("items.find { it.successorCode == '13T' }.steps.status", String.class))
        .containsOnly("DONE");

    Map<String, Long> published =
        Map.of(
            "2013-04-01",
            211L,
            "2015-04-01",
            209L,
            "2016-04-01",
            209L,
            "2017-04-01",
            207L,
            "2018-04-01",
            195L,
            "2019-04-01",
            191L,
            "2020-04-01",
            135L,
            "2021-04-01",
            106L);
    published.forEach((date, count) -> assertThat(ccgCount(date)).as(date).isEqualTo(count));

    // Darlington's practices moved with 00C into 16C (County Durham and Tees Valley) in 2020
    JsonPath members =
        given()
            .queryParam("asOf", "2020-04-01")
            .queryParam("limit", 500)
            .get(suite.url(PRACTICE) + "/ccgs/00C/practices")
            .jsonPath();
    assertThat(members.getLong("total")).isZero();
    assertThat(
            given()
                .queryParam("asOf", "2020-04-01")
                .queryParam("limit", 1)
                .get(suite.url(PRACTICE) + "/ccgs/16C/practices")
                .jsonPath()
                .getLong("total"))
        .isPositive();
    JsonPath today = given().get(suite.url(COMMISSIONING) + "/consistency-report").jsonPath();
    assertThat(today.getList("violations")).as(today.prettify()).isEmpty();
    assertThat(today.getBoolean("consistent")).isTrue();
  }

  /**
   * The consistency report today and on the dates: it must list no violation. (Before April 2015 it
   * does list some: the July 2015 file gives the Newcastle and Gateshead practices, among others, a
   * join date of 2015-04-01 in 13T, and no file asserts their CCG before.)
   */
  private static void consistentOn(String... dates) {
    String report = suite.url(COMMISSIONING) + "/consistency-report";
    JsonPath today = given().get(report).jsonPath();
    assertThat(today.getList("violations")).as(today.prettify()).isEmpty();
    for (String date : dates) {
      JsonPath then = given().queryParam("asOf", date).get(report).jsonPath();
      assertThat(then.getList("violations")).as(date + ": " + then.prettify()).isEmpty();
    }
  }

  private static final int OPENED = 10;
  private static final int CLOSED = 11;
  private static final int STATUS = 12;
  private static final int COMMISSIONER = 14;
  private static final int JOINED = 15;

  /** An epraccur line (every field quoted) with the fields at the 0-based indexes replaced. */
  private static String withFields(String line, Map<Integer, String> replacements) {
    String[] fields = line.substring(1, line.length() - 1).split("\",\"", -1);
    replacements.forEach((index, value) -> fields[index] = value);
    return "\"" + String.join("\",\"", fields) + "\"";
  }

  private static JsonPath importVintage(File file, String extractDate) {
    return given()
        .auth()
        .oauth2(importer)
        .multiPart("file", file)
        .queryParam("extractDate", extractDate)
        .post(suite.url(PRACTICE) + "/imports/epraccur")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<String> ccgsOf(String practice) {
    return given()
        .get(suite.url(PRACTICE) + "/practices/" + practice + "/memberships")
        .jsonPath()
        .getList("ccgCode", String.class);
  }

  /**
   * After the national import and the replay of the mergers: a later vintage, the shipped one
   * again, then a back-dated transfer into a CCG that later merged. Only the July 2015 file is
   * shipped, so the later one is made from it: A83034 joins 00D in 2016, A83006 closes, A83013 goes
   * dormant, A83016 is missing, and A83999 is new in 00C (which merged into 16C in 2020).
   */
  @Test
  @Order(8)
  void theHistoryTakesVintagesInAnyOrderAndBackDatedTransfersWithZeroViolations() throws Exception {
    consistentOn("2016-07-01", "2020-04-01");
    List<String> shipped =
        Files.readAllLines(
            OfficialData.file("ods-2013/epraccur-2015-07.csv"), StandardCharsets.UTF_8);
    List<String> later = new ArrayList<>();
    for (String line : shipped) {
      String code = line.substring(1, 7);
      switch (code) {
        case "A83034" -> {
          later.add(withFields(line, Map.of(COMMISSIONER, "00D", JOINED, "20160501")));
          later.add(
              withFields(
                  line,
                  Map.of(
                      0,
                      "A83999",
                      1,
                      "NEWFIELD MEDICAL PRACTICE",
                      OPENED,
                      "20160101",
                      JOINED,
                      "20160101")));
        }
        case "A83006" -> later.add(withFields(line, Map.of(CLOSED, "20160331", STATUS, "C")));
        case "A83013" -> later.add(withFields(line, Map.of(STATUS, "D")));
        case "A83016" -> {}
        default -> later.add(line);
      }
    }
    File laterFile = File.createTempFile("epraccur-2016-07", ".csv");
    laterFile.deleteOnExit();
    Files.write(laterFile.toPath(), later, StandardCharsets.UTF_8);

    JsonPath report = importVintage(laterFile, "2016-07-01");
    assertThat(report.getInt("transfers")).isEqualTo(1);
    assertThat(report.getInt("closures")).isEqualTo(1);
    assertThat(report.getInt("statusChanges")).isEqualTo(1);
    assertThat(report.getInt("created")).isEqualTo(1);
    assertThat(report.getList("changes.absent", String.class)).contains("A83016");
    assertThat(report.getInt("conflicts")).isZero();
    // the practices a merger had moved are not orphans of the later file
    assertThat(report.getList("orphans.practiceCode", String.class)).doesNotContain("A83013");
    assertThat(ccgsOf("A83034")).containsExactly("00C", "00D", "84H");
    assertThat(ccgsOf("A83999")).containsExactly("00C", "16C");
    consistentOn("2016-07-01", "2020-04-01");

    JsonPath older =
        importVintage(OfficialData.file("ods-2013/epraccur-2015-07.csv").toFile(), "2015-07-01");
    assertThat(older.getInt("transfers") + older.getInt("closures") + older.getInt("created"))
        .isZero();
    assertThat(ccgsOf("A83034")).containsExactly("00C", "00D", "84H");
    assertThat(
            given().get(suite.url(PRACTICE) + "/practices/A83006").jsonPath().getString("status"))
        .isEqualTo("CLOSED");
    consistentOn("2016-07-01", "2020-04-01");

    // A81005 was in 00M; it moved to 00K in June 2014, and went with 00K into 16C in 2020
    transfer("A81005", "00K", "2014-06-01", "back-dated-A81005").then().statusCode(201);
    List<Map<String, Object>> history =
        given().get(suite.url(PRACTICE) + "/practices/A81005/memberships").jsonPath().getList("$");
    assertThat(history).extracting(m -> m.get("ccgCode")).containsExactly("00M", "00K", "16C");
    assertThat(history)
        .extracting(m -> m.get("origin"))
        .containsExactly("IMPORT", "TRANSFER", "SUCCESSION");
    consistentOn("2016-07-01", "2020-04-01");
  }

  @Test
  @Order(9)
  void aMergerOfThreeCcgsMovesPracticesContractsAndSeatsInEveryService() throws Exception {
    List<String> manchester = List.of("00T", "01W", "01G");
    long before =
        manchester.stream()
            .mapToLong(
                code ->
                    given()
                        .queryParam("limit", 1)
                        .queryParam("asOf", MERGER_DATE)
                        .get(suite.url(PRACTICE) + "/ccgs/" + code + "/practices")
                        .jsonPath()
                        .getLong("total"))
            .sum();
    assertThat(before).isGreaterThan(100);
    activeContract("E2E-MERGER-00T", "00T");
    activeContract("E2E-MERGER-01W", "01W");
    long id = propose(manchester, "Q9G7M", "NHS Greater Manchester East CCG", MERGER_DATE);

    JsonPath preview =
        given().get(suite.url(COMMISSIONING) + "/reconfigurations/" + id + "/preview").jsonPath();
    assertThat(preview.getList("blockers")).isEmpty();
    assertThat(preview.getList("practiceService")).hasSize((int) before);
    assertThat(preview.getList("commissioningService.reference", String.class))
        .containsExactly("E2E-MERGER-00T", "E2E-MERGER-01W");
    assertThat(preview.getString("ccgService.successor")).startsWith("created");
    // nothing changes before approval
    assertThat(given().get(suite.url(CCG) + "/ccgs/Q9G7M").statusCode()).isEqualTo(404);

    approve(id).then().statusCode(200);
    JsonPath done = awaitReconfiguration(id, "COMPLETED");
    assertThat(done.getList("steps.status", String.class)).containsOnly("DONE");
    assertThat(done.getList("steps.service", String.class))
        .containsExactly(
            "ccg-service",
            "practice-service",
            "commissioning-service",
            "hwb-service",
            "ccg-service");

    assertThat(given().get(suite.url(CCG) + "/ccgs/Q9G7M").jsonPath().getString("status"))
        .isEqualTo("OPERATIONAL");
    assertThat(
            given()
                .get(suite.url(CCG) + "/ccgs/00T/successors")
                .jsonPath()
                .getList("successorCode", String.class))
        .contains("Q9G7M");
    assertThat(
            given()
                .queryParam("limit", 1)
                .get(suite.url(PRACTICE) + "/ccgs/Q9G7M/practices")
                .jsonPath()
                .getLong("total"))
        .isEqualTo(before);
    JsonPath novated =
        given().get(suite.url(COMMISSIONING) + "/contracts/E2E-MERGER-00T").jsonPath();
    assertThat(novated.getString("status")).isEqualTo("NOVATED");
    assertThat(
            given()
                .get(suite.url(COMMISSIONING) + "/contracts/E2E-MERGER-00T-Q9G7M")
                .jsonPath()
                .getString("commissioner.code"))
        .isEqualTo("Q9G7M");
    JsonPath seats =
        given().queryParam("limit", 500).get(suite.url(HWB) + "/ccg-representatives").jsonPath();
    assertThat(seats.getList("items.ccgCode", String.class))
        .contains("Q9G7M")
        .doesNotContain("00T", "01W", "01G");
    JsonPath report = given().get(suite.url(COMMISSIONING) + "/consistency-report").jsonPath();
    assertThat(report.getList("violations")).as(report.prettify()).isEmpty();
  }

  @Test
  @Order(10)
  void aSagaKilledMidStepResumesAfterARestartAndCompletesOnce() throws Exception {
    long id = propose(List.of("00Y", "01D"), "Q9G7N", "NHS Greater Manchester North CCG");
    long members =
        List.of("00Y", "01D").stream()
            .mapToLong(
                code ->
                    given()
                        .queryParam("limit", 1)
                        .get(suite.url(PRACTICE) + "/ccgs/" + code + "/practices")
                        .jsonPath()
                        .getLong("total"))
            .sum();
    String held =
        given()
            .queryParam("limit", 1)
            .get(suite.url(PRACTICE) + "/ccgs/00Y/practices")
            .jsonPath()
            .getString("items[0].code");
    // holding one member practice's row makes the move of the practices wait, mid-step
    try (java.sql.Connection lock = suite.database(PRACTICE)) {
      lock.setAutoCommit(false);
      try (var statement =
          lock.prepareStatement("select code from practice where code = ? for update")) {
        statement.setString(1, held);
        statement.executeQuery();
      }
      approve(id).then().statusCode(200);
      JsonPath running = null;
      for (int waited = 0; waited < 60; waited++) {
        running = given().get(suite.url(COMMISSIONING) + "/reconfigurations/" + id).jsonPath();
        if ("DONE".equals(running.getString("steps[0].status"))) {
          break;
        }
        Thread.sleep(200);
      }
      assertThat(running.getString("state")).isEqualTo("EXECUTING");
      assertThat(running.getString("steps[1].status")).isEqualTo("PENDING");
      Thread.sleep(500);
      suite.kill(COMMISSIONING);
      lock.rollback();
    }
    suite.restart(COMMISSIONING);
    JsonPath done = awaitReconfiguration(id, "COMPLETED");
    assertThat(done.getList("steps.status", String.class)).containsOnly("DONE");
    // moved once, by whichever run got there: the killed one, or the one after the restart
    assertThat(done.getString("steps[1].outcome"))
        .matches(
            "moved (0 practices to Q9G7N \\("
                + members
                + " moved before\\)|"
                + members
                + " practices to Q9G7N)");
    assertThat(
            given()
                .queryParam("limit", 1)
                .get(suite.url(PRACTICE) + "/ccgs/00Y/practices")
                .jsonPath()
                .getLong("total"))
        .isZero();
    assertThat(
            given()
                .get(suite.url(PRACTICE) + "/practices/" + held + "/memberships")
                .jsonPath()
                .getList("ccgCode", String.class))
        .endsWith("00Y", "Q9G7N")
        .doesNotHaveDuplicates();
  }

  @Test
  @Order(11)
  void aStepThatCanNeverSucceedStopsTheSagaWhichUndoesWhatItDid() throws Exception {
    // practice-service already records that 02H hands its practices to 02A next year: they
    // cannot also go to the merger's successor
    String nextYear = java.time.LocalDate.now().plusYears(1).toString();
    Map<String, Object> toTrafford =
        Map.of(
            "predecessorCodes", List.of("02H"), "successorCode", "02A", "effectiveDate", nextYear);
    given()
        .auth()
        .oauth2(editor)
        .contentType(ContentType.JSON)
        .body(toTrafford)
        .post(suite.url(PRACTICE) + "/ccg-transfers")
        .then()
        .statusCode(200);
    activeContract("E2E-FAILED-02H", "02H");
    long others =
        given()
            .queryParam("limit", 1)
            .get(suite.url(PRACTICE) + "/ccgs/02H/practices")
            .jsonPath()
            .getLong("total");

    long id = propose(List.of("02H", "00V"), "Q9G7P", "NHS Never Formed CCG", MERGER_DATE);
    approve(id).then().statusCode(200);
    JsonPath failed = awaitReconfiguration(id, "FAILED");
    assertThat(failed.getString("reason")).contains("TRANSFER_PRACTICES").contains("02A");
    assertThat(failed.getList("steps.status", String.class))
        .containsExactly("NOT_COMPENSATED", "FAILED", "PENDING", "PENDING", "PENDING");
    assertThat(
            given()
                .queryParam("limit", 1)
                .get(suite.url(PRACTICE) + "/ccgs/02H/practices")
                .jsonPath()
                .getLong("total"))
        .isEqualTo(others);
    assertThat(
            given()
                .get(suite.url(COMMISSIONING) + "/contracts/E2E-FAILED-02H")
                .jsonPath()
                .getString("status"))
        .isEqualTo("ACTIVE");
    assertThat(given().get(suite.url(CCG) + "/ccgs/02H").jsonPath().getString("status"))
        .isEqualTo("OPERATIONAL");
    given()
        .auth()
        .oauth2(editor)
        .contentType(ContentType.JSON)
        .body(toTrafford)
        .post(suite.url(PRACTICE) + "/ccg-transfers/reversal")
        .then()
        .statusCode(200);
  }

  @Test
  @Order(12)
  void oneRequestCanBeFollowedThroughTheServicesByItsTraceId() throws Exception {
    String traceId = "5c2a8f41e07b4d3f9a6e1b0d7c3f2e19";
    // practice-service asks ccg-service about the target before it refuses the transfer
    Response refused =
        given()
            .auth()
            .oauth2(editor)
            .header("traceparent", "00-" + traceId + "-a3ce929d0e0e4736-01")
            .contentType(ContentType.JSON)
            .body(Map.of("targetCcgCode", "Z9Z9Z", "effectiveDate", "2016-04-01"))
            .post(suite.url(PRACTICE) + "/practices/A81001/transfers");
    assertThat(refused.statusCode()).as(refused.asString()).isBetween(400, 499);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.jsonPath().getString("traceId")).isEqualTo(traceId);
    // each service logged its part of the request as JSON, under the same trace id
    assertThat(loggedUnder("practice-service", traceId)).anyMatch(l -> l.contains("/transfers"));
    assertThat(loggedUnder("ccg-service", traceId)).anyMatch(l -> l.contains("/ccgs/lookup"));
  }

  private static List<String> loggedUnder(String module, String traceId) throws Exception {
    java.nio.file.Path log = java.nio.file.Path.of("target", "end-to-end-logs", module + ".log");
    for (int attempt = 0; ; attempt++) {
      List<String> lines =
          Files.readAllLines(log, StandardCharsets.UTF_8).stream()
              .filter(line -> line.contains("\"traceId\":\"" + traceId + "\""))
              .toList();
      if (!lines.isEmpty() || attempt == 20) {
        assertThat(lines).as("lines of %s under trace %s", log, traceId).isNotEmpty();
        assertThat(lines).allMatch(line -> line.startsWith("{") && line.endsWith("}"));
        return lines;
      }
      Thread.sleep(250);
    }
  }

  @Test
  @Order(13)
  void aNurseEmployedByAProviderOfHerCcgBreaksTheIndependenceRuleAcrossTwoServices() {
    String rule = "CLINICIAN_EMPLOYED_BY_CONTRACTED_PROVIDER";
    String contract = activeContract("E2E-INDEPENDENCE-13T", "13T"); // RM3, 2021-04 to 2024-04
    JsonPath seat =
        given()
            .auth()
            .oauth2(editor)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "personName", "Nina Independent",
                    "roles", List.of("REGISTERED_NURSE"),
                    "validFrom", "2020-04-01",
                    "employerCode", "RM3"))
            .post(suite.url(CCG) + "/ccgs/13T/governing-body/seats")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String seatId = Long.toString(seat.getLong("id"));
    Map<String, String> records =
        Map.of("ccg", "13T", "seat", seatId, "provider", "RM3", "contract", contract);
    String report = suite.url(COMMISSIONING) + "/consistency-report";

    JsonPath during =
        given().queryParam("asOf", "2021-06-01").queryParam("rule", rule).get(report).jsonPath();
    assertThat(during.getList("violations.records")).as(during.prettify()).contains(records);
    assertThat(during.getInt("counts." + rule)).isPositive();
    assertThat(during.getBoolean("consistent")).isFalse();
    JsonPath before =
        given().queryParam("asOf", "2021-03-31").queryParam("rule", rule).get(report).jsonPath();
    assertThat(before.getList("violations.records")).doesNotContain(records);

    // the governing body's own compliance answer points at the report, narrowed to 13T
    JsonPath compliance =
        given()
            .queryParam("asOf", "2021-06-01")
            .get(suite.url(CCG) + "/ccgs/13T/governing-body/compliance")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(compliance.getString("crossServiceChecks[0].rule")).isEqualTo(rule);
    assertThat(compliance.getList("crossServiceChecks[0].checkedSeats", Long.class))
        .contains(seat.getLong("id"));
    JsonPath linked =
        given()
            .get(suite.url(COMMISSIONING) + compliance.getString("crossServiceChecks[0].path"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(linked.getList("violations.records")).containsExactly(records);

    // once her seat ends, the rule holds again
    given()
        .auth()
        .oauth2(editor)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "personName", "Nina Independent",
                "roles", List.of("REGISTERED_NURSE"),
                "validFrom", "2020-04-01",
                "validTo", "2021-05-01",
                "employerCode", "RM3"))
        .put(suite.url(CCG) + "/ccgs/13T/governing-body/seats/" + seatId)
        .then()
        .statusCode(200);
    assertThat(
            given()
                .queryParam("asOf", "2021-06-01")
                .queryParam("rule", rule)
                .queryParam("ccg", "13T")
                .get(report)
                .jsonPath()
                .getList("violations"))
        .isEmpty();
  }

  private static JsonPath whoPaysForElectiveCare(String practice, String date) {
    return given()
        .queryParam("category", "ELECTIVE_HOSPITAL_CARE")
        .queryParam("registeredPractice", practice)
        .queryParam("date", date)
        .get(suite.url(COMMISSIONING) + "/responsible-commissioner")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /**
   * Since 2022-07-01: the ICBs and the CCG codes as their sub-ICB locations, loaded over everything
   * before; the same practice is paid for by its CCG until 2022-06-30 and by the ICB of its sub-ICB
   * location from 2022-07-01, through practice-, ccg- and commissioning-service.
   */
  @Test
  @Order(14)
  void fromJuly2022TheIcbOfThePracticesSubIcbLocationPays() throws Exception {
    for (String shipped : List.of("/imports/regions/shipped", "/imports/icbs/shipped")) {
      given().auth().oauth2(importer).post(suite.url(CCG) + shipped).then().statusCode(200);
    }
    assertThat(upload(CCG, "/imports/sub-icb-locations", "ods-2025/eccg.csv").getInt("created"))
        .isPositive();
    // Q9G7M, the CCG that the merger above created in 2021, is in no ODS file: as an operator
    // would, the test records it as a sub-ICB location of Greater Manchester ICB (eccg's layout)
    File manchesterEast = File.createTempFile("eccg-q9g7m", ".csv");
    Files.writeString(
        manchesterEast.toPath(),
        "\"Q9G7M\",\"NHS GREATER MANCHESTER ICB - Q9G7M\",\"Y62\",\"QOP\",\"\",\"\",\"\",\"\","
            + "\"\",\"\",\"20211001\",\"\"\n");
    assertThat(
            given()
                .auth()
                .oauth2(importer)
                .multiPart("file", manchesterEast)
                .post(suite.url(CCG) + "/imports/sub-icb-locations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("created"))
        .isEqualTo(1);

    JsonPath lastCcgDay = whoPaysForElectiveCare("A83005", "2022-06-30");
    assertThat(lastCcgDay.getString("commissioner.kind")).isEqualTo("CCG");
    // an earlier test moved A83005 to 00D in 2015, which merged into 84H (County Durham) in 2020
    String location = "84H";
    assertThat(lastCcgDay.getString("commissioner.code")).isEqualTo(location);
    JsonPath today = whoPaysForElectiveCare("A83005", java.time.LocalDate.now().toString());
    assertThat(today.getString("commissioner.kind")).isEqualTo("ICB");
    assertThat(today.getString("commissioner.code")).isEqualTo("QHM");
    assertThat(today.getString("rule.commissionerKind")).isEqualTo("ICB");
    assertThat(today.getString("explanation"))
        .contains(
            "belonged to sub-ICB location "
                + location
                + " (NHS NORTH EAST AND NORTH CUMBRIA ICB - "
                + location
                + ")")
        .contains("of ICB QHM (NHS North East and North Cumbria ICB)");
    // s194 as amended: the boards' CCG seats end on 2022-07-01 and each relevant ICB's nominee sits
    JsonPath nominees =
        given()
            .auth()
            .oauth2(editor)
            .queryParam("date", "2022-07-01")
            .post(suite.url(HWB) + "/boards/icb-nominees")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(nominees.getInt("seated")).isPositive();
    assertThat(nominees.getInt("ccgSeatsEnded")).isPositive();
    JsonPath newcastle =
        given()
            .get(suite.url(HWB) + "/boards/E08000021/compliance")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(
            newcastle.getList(
                "findings.findAll { it.rule == 'RELEVANT_ICB_REPRESENTED' && it.passed }.ccgCode",
                String.class))
        .containsExactly("QHM");
    assertThat(newcastle.getList("findings.findAll { it.rule == 'RELEVANT_CCG_REPRESENTED' }"))
        .isEmpty();
    // (not 2022-06-30: the never-formed Q9G7P of the failed merger above keeps the area of its
    // would-be predecessors and no board seat, and the report lists it until the CCGs end)
    consistentOn("2022-07-01");
  }

  /**
   * Last, over the loaded landscape: every operation that the four services document, sent bad
   * (issue #16's classes and more), once without a token and once with every role. No answer is a
   * 5xx, every error is problem+json (an OperationOutcome under /fhir) without internals, the HTTP
   * layer's own refusals too, and the suite is left exactly as it was.
   */
  @Test
  @Order(99)
  void noBadRequestBreaksAServiceOrChangesTheSuite() throws Exception {
    Map<RunningSuite.Service, Long> before = feedHeads();
    Map<String, String> services = new java.util.LinkedHashMap<>();
    for (RunningSuite.Service service : RunningSuite.Service.values()) {
      services.put(service.module(), suite.url(service));
    }
    BadRequestSweep.Outcome outcome =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofMinutes(6),
            () -> new BadRequestSweep(suite.token("editor", "importer")).sweep(services, 4));
    System.out.printf(
        "Bad-request sweep: %d requests, answered %s%n", outcome.sent(), outcome.statuses());
    assertThat(outcome.sent()).isGreaterThanOrEqualTo(10_000);
    assertThat(outcome.findings()).as("answers that break the error contract").isEmpty();
    assertThat(feedHeads())
        .as("changes after writes that succeeded: %s", outcome.writes())
        .isEqualTo(before);
    for (RunningSuite.Service service : RunningSuite.Service.values()) {
      HttpLayerRefusals.assertAllProblems(suite.port(service));
    }
    consistentOn("2022-07-01");
  }

  /**
   * PostgreSQL restarts while writes and reads run. Readiness goes down and comes back, the writes
   * meanwhile answer 503 problem+json (never 500), every acknowledged write is there afterwards
   * with its change event (nothing half-written), and the services recover without a restart.
   */
  @Test
  @Order(100)
  void theServicesRideOutARestartOfTheirDatabase() throws Exception {
    DatabaseRestartUnderLoad load = new DatabaseRestartUnderLoad(suite, editor);
    load.run(
        java.time.Duration.ofSeconds(3),
        java.time.Duration.ofSeconds(4),
        java.time.Duration.ofSeconds(12));

    List<DatabaseRestartUnderLoad.Answer> answers = new ArrayList<>(load.writes);
    answers.addAll(load.reads);
    assertThat(answers)
        .as("no answer other than success or 503")
        .allSatisfy(
            answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 503));
    assertThat(answers)
        .filteredOn(answer -> answer.status() == 503)
        .as("outage answers")
        .isNotEmpty()
        .allSatisfy(
            answer -> {
              assertThat(answer.contentType()).startsWith("application/problem+json");
              assertThat(answer.body()).contains("urn:landscape:problem:database-unavailable");
            });
    for (RunningSuite.Service service : RunningSuite.Service.values()) {
      List<Integer> probes = load.readiness.get(service);
      assertThat(probes).as("%s readiness", service).contains(503);
      assertThat(probes.getLast()).as("%s readiness at the end", service).isEqualTo(200);
    }
    List<DatabaseRestartUnderLoad.Answer> lastWrites =
        load.writes.subList(load.writes.size() - 5, load.writes.size());
    assertThat(lastWrites).extracting(DatabaseRestartUnderLoad.Answer::status).containsOnly(201);

    assertThat(load.acknowledged).isNotEmpty();
    try (java.sql.Connection database = suite.database(COMMISSIONING);
        java.sql.Statement query = database.createStatement();
        java.sql.ResultSet stored =
            query.executeQuery(
                "select p.code, count(e.sequence) from provider p left join change_event e"
                    + " on e.resource_type = 'provider' and e.resource_id = p.code"
                    + " where p.code like 'ZZ%' group by p.code")) {
      Map<String, Long> changesOfStored = new java.util.HashMap<>();
      while (stored.next()) {
        changesOfStored.put(stored.getString(1), stored.getLong(2));
      }
      assertThat(changesOfStored.keySet()).containsAll(load.acknowledged);
      assertThat(changesOfStored.values())
          .as("each stored provider's change event")
          .containsOnly(1L);
    }
    consistentOn("2022-07-01");
  }

  /**
   * ccg-service stops and starts again, twice, while practices are registered, each checked with
   * it. Every registration answers 201 or 503 problem+json, the breaker on the calls opens and
   * closes again (practice-service's metrics), every acknowledged practice is there, and the
   * consistency report stays at zero.
   */
  @Test
  @Order(101)
  void writesThatNeedAPeerAnswerSuccessOr503WhileItStopsAndStarts() throws Exception {
    PeerOutagesUnderLoad load = new PeerOutagesUnderLoad(suite, editor, "84H");
    load.run(
        2,
        java.time.Duration.ofSeconds(3),
        java.time.Duration.ofSeconds(4),
        java.time.Duration.ofSeconds(14));

    assertThat(load.writes)
        .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(201, 503));
    assertThat(load.writes)
        .filteredOn(answer -> answer.status() == 503)
        .isNotEmpty()
        .allSatisfy(
            answer -> {
              assertThat(answer.contentType()).startsWith("application/problem+json");
              assertThat(answer.body()).contains("urn:landscape:problem:peer-unavailable");
            });
    List<PeerOutagesUnderLoad.Answer> lastWrites =
        load.writes.subList(load.writes.size() - 5, load.writes.size());
    assertThat(lastWrites).extracting(PeerOutagesUnderLoad.Answer::status).containsOnly(201);

    BreakerMetrics breaker = BreakerMetrics.of(suite.url(PRACTICE), "CcgRegisterCalls");
    assertThat(breaker.timesOpened()).as("the breaker opened").isPositive();
    assertThat(breaker.isClosed()).as("the breaker closed again").isTrue();

    assertThat(load.acknowledged).isNotEmpty();
    for (String practice : load.acknowledged) {
      given().get(suite.url(PRACTICE) + "/practices/" + practice).then().statusCode(200);
    }
    consistentOn("2022-07-01");
  }

  /**
   * practice-service is killed (SIGKILL) in the middle of an epraccur import that adds thousands of
   * practices: afterwards either all of them are there or none, with their memberships and change
   * events, never part; a re-run converges on what one clean run gives, and a second re-run changes
   * nothing.
   */
  @Test
  @Order(102)
  void anImportKilledMidwayLeavesAllOrNothingAndARerunConverges() throws Exception {
    List<String> shipped =
        Files.readAllLines(
            OfficialData.file("ods-2013/epraccur-2015-07.csv"), StandardCharsets.UTF_8);
    List<String> vintage = new ArrayList<>(shipped);
    for (int i = 0; i < 3_000; i++) {
      // a copy of a real practice under a new code: same CCG, same dates, so the rows are valid
      vintage.add(withFields(shipped.get(i), Map.of(0, String.format("Z7%04d", i))));
    }
    File file = File.createTempFile("epraccur-killed", ".csv");
    Files.write(file.toPath(), vintage, StandardCharsets.UTF_8);

    long started = System.nanoTime();
    JsonPath dryRun =
        given()
            .auth()
            .oauth2(importer)
            .multiPart("file", file)
            .queryParam("extractDate", "2015-07-01")
            .queryParam("dryRun", true)
            .post(suite.url(PRACTICE) + "/imports/epraccur")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long dryRunMillis = (System.nanoTime() - started) / 1_000_000;
    // the copies of rows the import skips (practices that closed before 2013) are not created
    int added = dryRun.getInt("created");
    assertThat(added).isGreaterThan(2_000);
    assertThat(addedPractices()).isZero();

    ImportKill kill =
        ImportKill.midway(
            suite,
            RunningSuite.Service.PRACTICE,
            "/imports/epraccur?extractDate=2015-07-01",
            file,
            importer,
            java.time.Duration.ofMillis(Math.max(200, dryRunMillis / 2)));
    suite.restart(RunningSuite.Service.PRACTICE);
    long afterKill = addedPractices();
    System.out.printf(
        "Import killed after %d ms (answered before: %s): %d of %d practices%n",
        Math.max(200, dryRunMillis / 2), kill.answered(), afterKill, added);
    assertThat(afterKill)
        .as("practices after the kill (answered: %s)", kill.answered())
        .isIn(0L, (long) added);
    if (kill.answered()) {
      assertThat(afterKill).isEqualTo(added);
    }
    assertThat(addedChangeEvents()).isEqualTo(afterKill);

    JsonPath rerun = importVintage(file, "2015-07-01");
    assertThat(rerun.getInt("created")).isEqualTo(added - (int) afterKill);
    assertThat(addedPractices()).isEqualTo(added);
    assertThat(addedChangeEvents()).isEqualTo(added);
    assertThat(ccgsOf("Z70000")).isEqualTo(ccgsOf(shipped.get(0).substring(1, 7)));
    JsonPath again = importVintage(file, "2015-07-01");
    assertThat(again.getInt("created")).isZero();
    assertThat(addedPractices()).isEqualTo(added);
    consistentOn("2015-07-01", "2022-07-01");
  }

  private static long addedPractices() throws java.sql.SQLException {
    return count(PRACTICE, "select count(*) from practice where code like 'Z7%'");
  }

  private static long addedChangeEvents() throws java.sql.SQLException {
    return count(
        PRACTICE,
        "select count(distinct resource_id) from change_event"
            + " where resource_type = 'practice' and resource_id like 'Z7%'");
  }

  private static long count(RunningSuite.Service service, String sql) throws java.sql.SQLException {
    try (java.sql.Connection database = suite.database(service);
        java.sql.ResultSet counted = database.createStatement().executeQuery(sql)) {
      counted.next();
      return counted.getLong(1);
    }
  }

  /** The last sequence of each service's change feed: every write of a service adds to it. */
  private static Map<RunningSuite.Service, Long> feedHeads() throws java.sql.SQLException {
    Map<RunningSuite.Service, Long> heads = new java.util.EnumMap<>(RunningSuite.Service.class);
    for (RunningSuite.Service service : RunningSuite.Service.values()) {
      try (java.sql.Connection database = suite.database(service);
          java.sql.ResultSet last =
              database
                  .createStatement()
                  .executeQuery("select coalesce(max(sequence), 0) from change_event")) {
        last.next();
        heads.put(service, last.getLong(1));
      }
    }
    return heads;
  }
}
