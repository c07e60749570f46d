package org.landscape.practice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.landscape.testsupport.ChangeFeedProbe;
import org.landscape.testsupport.IsolatedDatabase;
import org.landscape.testsupport.OfficialData;
import org.landscape.testsupport.TestTokens;

/** The ODS epraccur file of July 2015, on a database of its own so that counts are exact. */
@QuarkusTest
@ConnectWireMock
@TestProfile(IsolatedDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EpraccurImportTest {

  WireMock wiremock;

  @BeforeEach
  void ccgServiceKnowsEveryCcg() throws Exception {
    CcgStub.serveOfficial(wiremock);
  }

  /** The file the shipped one is: the extract of July 2015. */
  static final String SHIPPED_EXTRACT = "2015-07-01";

  static Response importFile(File file, boolean dryRun) {
    return importFile(file, SHIPPED_EXTRACT, dryRun);
  }

  static Response importFile(File file, String extractDate, boolean dryRun) {
    return given()
        .auth()
        .oauth2(TestTokens.withRoles("importer"))
        .multiPart("file", file)
        .queryParam("extractDate", extractDate)
        .queryParam("dryRun", dryRun)
        .post("/imports/epraccur");
  }

  /** The shipped file with each row that starts with a key's practice code changed by its edit. */
  static File vintage(
      Map<String, java.util.function.UnaryOperator<String>> edits, List<String> extra)
      throws Exception {
    List<String> lines = Files.readAllLines(official().toPath(), StandardCharsets.UTF_8);
    List<String> changed = new java.util.ArrayList<>();
    for (String line : lines) {
      String code = line.substring(1, 7);
      if (edits.containsKey(code)) {
        String edited = edits.get(code).apply(line);
        if (edited != null) {
          changed.add(edited);
        }
      } else {
        changed.add(line);
      }
    }
    changed.addAll(extra);
    File file = File.createTempFile("epraccur-vintage", ".csv");
    file.deleteOnExit();
    Files.write(file.toPath(), changed, StandardCharsets.UTF_8);
    return file;
  }

  static File official() {
    return OfficialData.file("ods-2013/epraccur-2015-07.csv").toFile();
  }

  static long total(Map<String, ?> query) {
    return given()
        .queryParams(query)
        .queryParam("limit", 1)
        .get("/practices")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  @Test
  @Order(1)
  void aDryRunReportsAndWritesNothing() {
    JsonPath report = importFile(official(), true).then().statusCode(200).extract().jsonPath();
    assertThat(report.getInt("gpPractices")).isEqualTo(8165);
    assertThat(report.getInt("created")).isEqualTo(8165);
    assertThat(report.getInt("skippedNotGp")).isEqualTo(12705 - 8165);
    assertThat(total(Map.of())).isZero();
    assertThat(ChangeFeedProbe.latestSequence()).isZero();
  }

  @Test
  @Order(2)
  void theFileGives8165PracticesOf7851ActiveWithTheirMemberships() {
    JsonPath report = importFile(official(), false).then().statusCode(200).extract().jsonPath();
    assertThat(report.getInt("created")).isEqualTo(8165);
    List<Map<String, String>> orphans = report.getList("orphans");
    assertThat(orphans).isNotEmpty().allSatisfy(o -> assertThat(o.get("reason")).isNotBlank());
    assertThat(orphans)
        .anySatisfy(o -> assertThat(o.get("reason")).contains("not yet operational"));

    assertThat(total(Map.of())).isEqualTo(8165);
    assertThat(total(Map.of("status", "ACTIVE"))).isEqualTo(7851);

    JsonPath darlington =
        given()
            .queryParam("asOf", "2014-01-01")
            .queryParam("limit", 500)
            .get("/ccgs/00C/practices")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(darlington.getLong("total")).isPositive();
    assertThat(darlington.getList("items.joinedOn", String.class))
        .allSatisfy(joined -> assertThat(joined).isLessThanOrEqualTo("2014-01-01"));
    assertThat(
            given()
                .queryParam("asOf", "2014-01-01")
                .get("/practices/A83005")
                .jsonPath()
                .getString("ccg.ccgCode"))
        .isEqualTo("00C");
    // a practice that closed in 2014 left its CCG on closing
    JsonPath closed = given().queryParam("asOf", "2014-08-01").get("/practices/A85601").jsonPath();
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getString("ccg")).isNull();
  }

  @Test
  @Order(2)
  void openPracticesAreListedWithTheirCcgForChecksAcrossServices() {
    JsonPath page =
        given()
            .queryParam("asOf", "2014-08-01")
            .queryParam("limit", 500)
            .get("/memberships")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long open = page.getLong("total");
    assertThat(open).isGreaterThan(7800).isLessThan(8165);
    assertThat(page.getList("items.practiceCode", String.class)).isSorted();
    long withoutCcg = 0;
    for (int offset = 0; offset < open; offset += 500) {
      withoutCcg +=
          given()
              .queryParam("asOf", "2014-08-01")
              .queryParam("limit", 500)
              .queryParam("offset", offset)
              .get("/memberships")
              .jsonPath()
              .getList("items.findAll { it.ccgCode == null }")
              .size();
    }
    // the orphans, and practices that joined their CCG after the date
    assertThat(withoutCcg).isPositive().isLessThan(200);
  }

  @Test
  @Order(3)
  void reimportingTheFileChangesNothing() {
    long before = ChangeFeedProbe.latestSequence();
    JsonPath report = importFile(official(), false).then().statusCode(200).extract().jsonPath();
    assertThat(report.getInt("unchanged")).isEqualTo(8165);
    assertThat(
            report.getInt("transfers")
                + report.getInt("closures")
                + report.getInt("created")
                + report.getInt("updated"))
        .isZero();
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
  }

  @Test
  @Order(4)
  void aLaterFileBecomesDatedFactsAndAnOlderOneAfterItOverwritesNothing() throws Exception {
    String newPractice =
        Files.readAllLines(official().toPath(), StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("\"A83005\""))
            .findFirst()
            .orElseThrow()
            .replace("\"A83005\"", "\"A83999\"")
            .replace("WHINFIELD", "NEWFIELD")
            .replace("\"00C\",\"20130401\"", "\"00C\",\"20150901\"");
    File later =
        vintage(
            Map.of(
                "A83005", line -> line.replace("\"00C\",\"20130401\"", "\"00D\",\"20151001\""),
                "A83010",
                    line ->
                        line.replace("\"19740401\",\"\",\"A\"", "\"19740401\",\"20151231\",\"C\""),
                "A83013", line -> line.replace("\",\"A\",\"", "\",\"D\",\""),
                "A83016", line -> null),
            List.of(newPractice));

    JsonPath dryRun =
        importFile(later, "2016-01-01", true).then().statusCode(200).extract().jsonPath();
    JsonPath report =
        importFile(later, "2016-01-01", false).then().statusCode(200).extract().jsonPath();
    for (String count :
        List.of("transfers", "closures", "statusChanges", "absent", "created", "conflicts")) {
      assertThat(report.getInt(count)).as(count).isEqualTo(dryRun.getInt(count));
    }
    assertThat(report.getInt("transfers")).isEqualTo(1);
    assertThat(report.getInt("closures")).isEqualTo(1);
    assertThat(report.getInt("statusChanges")).isEqualTo(1);
    assertThat(report.getInt("created")).isEqualTo(1);
    assertThat(report.getList("changes.absent", String.class)).containsExactly("A83016");
    assertThat(report.getString("changes.transfers[0].fromCcgCode")).isEqualTo("00C");
    assertThat(report.getString("changes.newPractices[0].practiceCode")).isEqualTo("A83999");

    List<Map<String, Object>> moved =
        given().get("/practices/A83005/memberships").jsonPath().getList("$");
    assertThat(moved).extracting(m -> m.get("ccgCode")).containsExactly("00C", "00D");
    assertThat(moved.get(0).get("validFrom")).isEqualTo("2013-04-01");
    assertThat(moved.get(0).get("validTo")).isEqualTo("2015-10-01");
    assertThat((String) moved.get(1).get("source"))
        .contains("line")
        .contains("(extract of 2016-01-01)");
    List<Map<String, Object>> closedLater =
        given().get("/practices/A83010/memberships").jsonPath().getList("$");
    assertThat(closedLater).hasSize(1);
    assertThat(closedLater.get(0).get("validTo")).isEqualTo("2016-01-01");
    assertThat(given().get("/practices/A83013").jsonPath().getString("status"))
        .isEqualTo("DORMANT");
    assertThat(given().get("/practices/A83016").statusCode()).isEqualTo(200);
    assertThat(
            given()
                .queryParam("asOf", "2015-10-01")
                .get("/practices/A83999")
                .jsonPath()
                .getString("ccg.ccgCode"))
        .isEqualTo("00C");

    long before = ChangeFeedProbe.latestSequence();
    JsonPath older = importFile(official(), false).then().statusCode(200).extract().jsonPath();
    assertThat(older.getInt("transfers") + older.getInt("closures") + older.getInt("created"))
        .isZero();
    assertThat(older.getInt("updated")).isZero();
    assertThat(older.getList("changes.absent", String.class)).containsExactly("A83999");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
    assertThat(given().get("/practices/A83010").jsonPath().getString("status")).isEqualTo("CLOSED");
    assertThat(given().get("/practices/A83005/memberships").jsonPath().getList("ccgCode"))
        .containsExactly("00C", "00D");

    JsonPath again =
        importFile(later, "2016-01-01", false).then().statusCode(200).extract().jsonPath();
    assertThat(again.getInt("unchanged")).isEqualTo(8165);
    assertThat(again.getInt("transfers") + again.getInt("created") + again.getInt("closures"))
        .isZero();
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
  }

  @Test
  @Order(4)
  void anExtractDateThatIsMissingInTheFutureOrBefore2013IsRefusedNamingTheField() {
    long before = ChangeFeedProbe.latestSequence();
    Response missing =
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .multiPart("file", official())
            .post("/imports/epraccur");
    assertThat(assertProblem(missing, 400, "validation-failed").getString("errors[0].field"))
        .isEqualTo("extractDate");
    for (String date : List.of(java.time.LocalDate.now().plusDays(1).toString(), "2012-12-31")) {
      assertThat(
              assertProblem(importFile(official(), date, false), 400, "validation-failed")
                  .getString("errors[0].field"))
          .isEqualTo("extractDate");
    }
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
  }

  @Test
  @Order(5)
  void withCcgServiceDownTheImportIsRefusedAndWritesNothing() {
    long before = ChangeFeedProbe.latestSequence();
    CcgStub.beUnreachable(wiremock);
    assertProblem(importFile(official(), false), 503, "peer-unavailable");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
  }

  @Test
  @Order(6)
  void malformedRowsStopTheImportAndAreAllListed() throws Exception {
    File bad = File.createTempFile("epraccur-bad", ".csv");
    bad.deleteOnExit();
    String good = Files.readAllLines(official().toPath(), StandardCharsets.UTF_8).getFirst();
    Files.write(
        bad.toPath(),
        List.of(
            good.replace("THE MANOR HOUSE SURGERY\",\"Y54", "RENAMED\",\"Y54"),
            good.replace("\"A81043\"", "\"A8104\"").replace("\"TS6 0HA\"", "\"TS6 0H\""),
            good.replace("\"A81043\"", "\"A81999\"").replace("\"20130401\"", "\"20131341\"")),
        StandardCharsets.UTF_8);
    JsonPath problem = assertProblem(importFile(bad, false), 422, "import-rejected");
    assertThat(problem.getList("badRows.line", Integer.class)).containsExactlyInAnyOrder(2, 2, 3);
    assertThat(given().get("/practices/A81043").jsonPath().getString("name"))
        .isEqualTo("THE MANOR HOUSE SURGERY");
    assertProblem(
        given()
            .multiPart("file", bad)
            .queryParam("extractDate", SHIPPED_EXTRACT)
            .post("/imports/epraccur"),
        401,
        "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("editor"))
            .multiPart("file", bad)
            .queryParam("extractDate", SHIPPED_EXTRACT)
            .post("/imports/epraccur"),
        403,
        "forbidden");
  }
}
