package org.landscape.hwb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.landscape.testsupport.IsolatedDatabase;
import org.landscape.testsupport.OfficialData;
import org.landscape.testsupport.TestTokens;

/** The import of the real ONS files, on a database of its own so that counts are exact. */
@QuarkusTest
@TestProfile(IsolatedDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalAuthorityImportTest {

  private final File districts = OfficialData.file("ons/LAD15_RGN15_EN_LU.csv").toFile();
  private final File upperTiers = OfficialData.file("ons/LTLA17_UTLA17_EW_LU.csv").toFile();

  private static Response importFiles(File districts, File upperTiers, boolean dryRun) {
    return given()
        .auth()
        .oauth2(TestTokens.withRoles("importer"))
        .multiPart("districts", districts)
        .multiPart("upperTiers", upperTiers)
        .queryParam("dryRun", dryRun)
        .post("/local-authorities/import");
  }

  private static long total(Map<String, ?> filters) {
    return given()
        .queryParams(filters)
        .get("/local-authorities")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  private static long changeCount() {
    return given()
        .queryParam("after", 0)
        .queryParam("limit", 1000)
        .get("/changes")
        .jsonPath()
        .getList("items")
        .size();
  }

  @Test
  @Order(1)
  void aDryRunReportsTheCouncilsAndWritesNothing() {
    JsonPath report =
        importFiles(districts, upperTiers, true).then().statusCode(200).extract().jsonPath();
    assertThat(report.getBoolean("dryRun")).isTrue();
    assertThat(report.getInt("districtList")).isEqualTo(326);
    assertThat(report.getInt("authorities")).isEqualTo(353);
    assertThat(report.getInt("hostingBoards")).isEqualTo(152);
    assertThat(report.getInt("skippedOutsideEngland")).isEqualTo(22);
    assertThat(report.getInt("created")).isEqualTo(353);
    assertThat(total(Map.of())).isZero();
    assertThat(changeCount()).isZero();
  }

  @Test
  @Order(2)
  void theOfficialFilesGive326DistrictsAnd152BoardAreas() {
    JsonPath report =
        importFiles(districts, upperTiers, false).then().statusCode(200).extract().jsonPath();
    assertThat(report.getInt("created")).isEqualTo(353);

    assertThat(total(Map.of("limit", 1))).isEqualTo(353);
    assertThat(total(Map.of("hostsBoard", true))).isEqualTo(152);
    assertThat(total(Map.of("hostsBoard", false))).isEqualTo(201);
    assertThat(total(Map.of("kind", "COUNTY"))).isEqualTo(27);
    assertThat(total(Map.of("kind", "UNITARY"))).isEqualTo(56);
    assertThat(total(Map.of("kind", "METROPOLITAN_BOROUGH"))).isEqualTo(36);
    assertThat(total(Map.of("kind", "LONDON_BOROUGH"))).isEqualTo(33);

    JsonPath ashford =
        given().get("/local-authorities/E07000105").then().statusCode(200).extract().jsonPath();
    assertThat(ashford.getString("name")).isEqualTo("Ashford");
    assertThat(ashford.getString("upperTierCode")).isEqualTo("E10000016");
    assertThat(given().get("/local-authorities/E10000016").jsonPath().getString("name"))
        .isEqualTo("Kent");
    assertThat(given().get("/local-authorities/E08000021").jsonPath().getString("upperTierCode"))
        .isNull();
    assertThat(given().get("/local-authorities/E09000001").jsonPath().getString("name"))
        .isEqualTo("City of London");
    assertThat(total(Map.of("upperTier", "E10000016"))).isEqualTo(12);
    assertThat(changeCount()).isEqualTo(353);
  }

  @Test
  @Order(3)
  void reimportingTheSameFilesChangesNothing() {
    JsonPath report =
        importFiles(districts, upperTiers, false).then().statusCode(200).extract().jsonPath();
    assertThat(report.getInt("created")).isZero();
    assertThat(report.getInt("updated")).isZero();
    assertThat(report.getInt("unchanged")).isEqualTo(353);
    assertThat(changeCount()).isEqualTo(353);
    assertThat(given().get("/local-authorities/E07000105").header("ETag")).isEqualTo("\"0\"");
  }

  @Test
  @Order(4)
  void aFileWithBadRowsChangesNothingAndListsEveryBadRow() throws IOException {
    File badDistricts =
        write(
            "LAD15CD,LAD15NM,RGN15CD,RGN15NM,FID",
            "E06000001,Hartlepool renamed,E12000001,North East,1",
            "E05000001,A ward,E12000001,North East,2",
            "E07000105,,E12000008,South East,3",
            "E06000001,Hartlepool again,E12000001,North East,4",
            "W06000001,Isle of Anglesey,W92000004,Wales,5",
            "E07000064,Rother,E12000008,South East,6");
    File badUpperTiers =
        write(
            "LTLA17CD,LTLA17NM,UTLA17CD,UTLA17NM,FID",
            "E06000001,Hartlepool,E06000001,Hartlepool,1",
            "E07000064,Rother,E06000002,Middlesbrough,2",
            "E07000999,Nowhere,E10000011,East Sussex,3");
    JsonPath problem =
        assertProblem(importFiles(badDistricts, badUpperTiers, false), 422, "import-rejected");
    List<Map<String, Object>> badRows = problem.getList("badRows");
    assertThat(badRows)
        .extracting(row -> row.get("file") + ":" + row.get("line"))
        .containsExactlyInAnyOrder(
            "districts:3",
            "districts:4",
            "districts:5",
            "upperTiers:3",
            "upperTiers:4",
            "districts:7");
    assertThat(badRows).allSatisfy(row -> assertThat((String) row.get("reason")).isNotBlank());

    assertThat(given().get("/local-authorities/E06000001").jsonPath().getString("name"))
        .isEqualTo("Hartlepool");
    assertThat(total(Map.of("limit", 1))).isEqualTo(353);
    assertThat(changeCount()).isEqualTo(353);
  }

  @Test
  @Order(5)
  void importsNeedTheImporterRoleAndBothFiles() {
    assertProblem(
        given()
            .multiPart("districts", districts)
            .multiPart("upperTiers", upperTiers)
            .post("/local-authorities/import"),
        401,
        "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("editor"))
            .multiPart("districts", districts)
            .multiPart("upperTiers", upperTiers)
            .post("/local-authorities/import"),
        403,
        "forbidden");
    JsonPath missing =
        assertProblem(
            given()
                .auth()
                .oauth2(TestTokens.withRoles("importer"))
                .multiPart("districts", districts)
                .post("/local-authorities/import"),
            400,
            "validation-failed");
    assertThat(missing.getString("errors[0].field")).isEqualTo("upperTiers");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .multiPart("districts", upperTiers)
            .multiPart("upperTiers", upperTiers)
            .post("/local-authorities/import"),
        400,
        "bad-request");
  }

  private static File write(String... lines) throws IOException {
    Path file = Files.createTempFile("ons", ".csv");
    Files.writeString(file, String.join("\n", lines) + "\n");
    file.toFile().deleteOnExit();
    return file.toFile();
  }
}
