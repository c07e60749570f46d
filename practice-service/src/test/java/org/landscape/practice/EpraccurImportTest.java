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

  static Response importFile(File file, boolean dryRun) {
    return given()
        .auth()
        .oauth2(TestTokens.withRoles("importer"))
        .multiPart("file", file)
        .queryParam("dryRun", dryRun)
        .post("/imports/epraccur");
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
  void aLaterFileBecomesDatedTransfersAndClosuresWithoutRewritingHistory() throws Exception {
    List<String> lines = Files.readAllLines(official().toPath(), StandardCharsets.UTF_8);
    File later = File.createTempFile("epraccur-later", ".csv");
    later.deleteOnExit();
    List<String> changed =
        lines.stream()
            .map(
                line ->
                    line.startsWith("\"A83005\"")
                        ? line.replace("\"00C\",\"20130401\"", "\"00D\",\"20151001\"")
                        : line)
            .map(
                line ->
                    line.startsWith("\"A83010\"")
                        ? line.replace("\"19740401\",\"\",\"A\"", "\"19740401\",\"20151231\",\"C\"")
                        : line)
            .toList();
    Files.write(later.toPath(), changed, StandardCharsets.UTF_8);

    JsonPath report = importFile(later, false).then().statusCode(200).extract().jsonPath();
    assertThat(report.getInt("transfers")).isEqualTo(1);
    assertThat(report.getInt("closures")).isEqualTo(1);
    List<Map<String, Object>> moved =
        given().get("/practices/A83005/memberships").jsonPath().getList("$");
    assertThat(moved).extracting(m -> m.get("ccgCode")).containsExactly("00C", "00D");
    assertThat(moved.get(0).get("validFrom")).isEqualTo("2013-04-01");
    assertThat(moved.get(0).get("validTo")).isEqualTo("2015-10-01");
    List<Map<String, Object>> closedLater =
        given().get("/practices/A83010/memberships").jsonPath().getList("$");
    assertThat(closedLater).hasSize(1);
    assertThat(closedLater.get(0).get("validTo")).isEqualTo("2016-01-01");
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
    assertProblem(given().multiPart("file", bad).post("/imports/epraccur"), 401, "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("editor"))
            .multiPart("file", bad)
            .post("/imports/epraccur"),
        403,
        "forbidden");
  }
}
