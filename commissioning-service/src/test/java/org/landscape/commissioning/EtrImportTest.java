package org.landscape.commissioning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.landscape.testsupport.ChangeFeedProbe;
import org.landscape.testsupport.IsolatedDatabase;
import org.landscape.testsupport.OfficialData;
import org.landscape.testsupport.TestTokens;

/** The ODS etr file of NHS trusts, on a database of its own so that counts are exact. */
@QuarkusTest
@TestProfile(IsolatedDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EtrImportTest {

  private static final int ROWS = 273;
  private static final int OPEN_ON_1_JUNE_2025 = 205;

  static Response importFile(File file, boolean dryRun) {
    return given()
        .auth()
        .oauth2(TestTokens.withRoles("importer"))
        .multiPart("file", file)
        .queryParam("dryRun", dryRun)
        .post("/imports/etr");
  }

  static File official() {
    return OfficialData.file("ods-2025/etr.csv").toFile();
  }

  static long trusts(Map<String, ?> query) {
    return given()
        .queryParam("kind", "NHS_TRUST")
        .queryParams(query)
        .queryParam("limit", 1)
        .get("/providers")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  static File fileOf(List<String> lines) throws Exception {
    File file = File.createTempFile("etr", ".csv");
    file.deleteOnExit();
    Files.write(file.toPath(), lines, StandardCharsets.UTF_8);
    return file;
  }

  static List<String> officialLines() throws Exception {
    return Files.readAllLines(official().toPath(), StandardCharsets.UTF_8);
  }

  @Test
  @Order(1)
  void aDryRunReportsEveryTrustAndWritesNothing() {
    JsonPath report = importFile(official(), true).then().statusCode(200).extract().jsonPath();
    assertThat(report.getBoolean("dryRun")).isTrue();
    assertThat(report.getInt("rows")).isEqualTo(ROWS);
    assertThat(report.getInt("created")).isEqualTo(ROWS);
    assertThat(trusts(Map.of())).isZero();
    assertThat(ChangeFeedProbe.latestSequence()).isZero();
  }

  @Test
  @Order(2)
  void theFileGivesEveryTrustWithItsOpenPeriod() {
    JsonPath report = importFile(official(), false).then().statusCode(200).extract().jsonPath();
    assertThat(report.getInt("created")).isEqualTo(ROWS);
    assertThat(trusts(Map.of())).isEqualTo(ROWS);
    assertThat(trusts(Map.of("asOf", "2025-06-01"))).isEqualTo(OPEN_ON_1_JUNE_2025);

    JsonPath nottingham = given().get("/providers/RX1").then().statusCode(200).extract().jsonPath();
    assertThat(nottingham.getString("name")).isEqualTo("NOTTINGHAM UNIVERSITY HOSPITALS NHS TRUST");
    assertThat(nottingham.getString("kind")).isEqualTo("NHS_TRUST");
    assertThat(nottingham.getString("openDate")).isEqualTo("2006-04-01");
    assertThat(nottingham.getString("closeDate")).isNull();
    // a close date is the last day open: the trust is closed from the day after
    assertThat(given().get("/providers/R1C").jsonPath().getString("closeDate"))
        .isEqualTo("2024-10-01");
    assertThat(trusts(Map.of("name", "solent", "asOf", "2024-09-30"))).isEqualTo(1);
    assertThat(trusts(Map.of("name", "solent", "asOf", "2024-10-01"))).isZero();
    // the one trust with a five-character code of the newer form
    given().get("/providers/G6V2S").then().statusCode(200);
  }

  @Test
  @Order(3)
  void reimportingTheFileChangesNothing() {
    long before = ChangeFeedProbe.latestSequence();
    JsonPath report = importFile(official(), false).then().statusCode(200).extract().jsonPath();
    assertThat(report.getInt("unchanged")).isEqualTo(ROWS);
    assertThat(report.getInt("created") + report.getInt("updated")).isZero();
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
  }

  @Test
  @Order(4)
  void aLaterFileUpdatesTheTrustsThatChanged() throws Exception {
    List<String> renamed =
        officialLines().stream()
            .map(
                line ->
                    line.startsWith("\"RX1\"")
                        ? line.replace("NOTTINGHAM UNIVERSITY HOSPITALS", "NOTTINGHAM HOSPITALS")
                        : line)
            .toList();
    JsonPath report =
        importFile(fileOf(renamed), false).then().statusCode(200).extract().jsonPath();
    assertThat(report.getInt("updated")).isEqualTo(1);
    assertThat(report.getInt("unchanged")).isEqualTo(ROWS - 1);
    assertThat(given().get("/providers/RX1").jsonPath().getString("name"))
        .isEqualTo("NOTTINGHAM HOSPITALS NHS TRUST");
    assertThat(trusts(Map.of())).isEqualTo(ROWS);
  }

  @Test
  @Order(5)
  void badRowsStopTheImportAndAreAllListed() throws Exception {
    long before = ChangeFeedProbe.latestSequence();
    String good = officialLines().stream().filter(l -> l.startsWith("\"RX1\"")).findFirst().get();
    File bad =
        fileOf(
            List.of(
                good.replace("NOTTINGHAM HOSPITALS", "RENAMED"),
                good.replace("\"RX1\"", "\"R-1\""),
                good.replace("\"20060401\"", "\"20061301\""),
                "\"RZ9\",\"TOO SHORT\"",
                good.replace(
                    "\"RX1\",\"NOTTINGHAM UNIVERSITY HOSPITALS NHS TRUST\"", "\"RZ8\",\"\"")));
    JsonPath problem = assertProblem(importFile(bad, false), 422, "import-rejected");
    assertThat(problem.getList("badRows.line", Integer.class)).containsExactly(2, 3, 3, 4, 5);
    assertThat(problem.getList("badRows.reason", String.class))
        .anySatisfy(reason -> assertThat(reason).contains("R-1"))
        .anySatisfy(reason -> assertThat(reason).contains("more than once"))
        .anySatisfy(reason -> assertThat(reason).contains("20061301"))
        .anySatisfy(reason -> assertThat(reason).contains("expected 27 columns"))
        .anySatisfy(reason -> assertThat(reason).contains("name is empty"));
    assertThat(given().get("/providers/RX1").jsonPath().getString("name"))
        .isEqualTo("NOTTINGHAM HOSPITALS NHS TRUST");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
  }

  @Test
  @Order(6)
  void aTrustCodeHeldByAnotherKindOfProviderIsABadRow() throws Exception {
    Fixtures.editor()
        .body(
            Map.of("code", "RZZ", "name", "AN INDEPENDENT PROVIDER", "kind", "INDEPENDENT_SECTOR"))
        .post("/providers")
        .then()
        .statusCode(201);
    String good = officialLines().getFirst();
    File clash = fileOf(List.of(good.replace("\"G6V2S\"", "\"RZZ\"")));
    JsonPath problem = assertProblem(importFile(clash, true), 422, "import-rejected");
    assertThat(problem.getString("badRows[0].reason")).contains("INDEPENDENT_SECTOR");
  }

  @Test
  @Order(7)
  void importsNeedTheImporterRoleAndAFile() {
    assertProblem(
        given().multiPart("file", official()).post("/imports/etr"), 401, "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("editor"))
            .multiPart("file", official())
            .post("/imports/etr"),
        403,
        "forbidden");
    assertThat(
            failingFields(
                assertProblem(
                    given()
                        .auth()
                        .oauth2(TestTokens.withRoles("importer"))
                        .multiPart("other", "x")
                        .post("/imports/etr"),
                    400,
                    "validation-failed")))
        .containsExactly("file");
    assertThat(trusts(Map.of())).isEqualTo(ROWS);
  }
}
