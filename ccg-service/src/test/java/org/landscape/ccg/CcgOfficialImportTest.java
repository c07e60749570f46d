package org.landscape.ccg;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.landscape.testsupport.ChangeFeedProbe;
import org.landscape.testsupport.IsolatedDatabase;
import org.landscape.testsupport.OfficialData;
import org.landscape.testsupport.TestTokens;

/** The official files imported in order, on a database of their own, and what they answer. */
@QuarkusTest
@ConnectWireMock
@TestProfile(IsolatedDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CcgOfficialImportTest {

  WireMock wiremock;

  static Response importFile(String kind, String file, boolean dryRun) {
    var request =
        given().auth().oauth2(TestTokens.withRoles("importer")).queryParam("dryRun", dryRun);
    if (file != null) {
      request = request.multiPart("file", OfficialData.file(file).toFile());
    }
    return request.post("/imports/" + kind);
  }

  static JsonPath imported(String kind, String file) {
    return importFile(kind, file, false)
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static JsonPath ccgs(Map<String, ?> query) {
    return given()
        .queryParams(query)
        .queryParam("limit", 500)
        .get("/ccgs")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static int operationalOn(String date) {
    return given()
        .queryParam("asOf", date)
        .get("/figures")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("operationalCcgs");
  }

  @Test
  @Order(1)
  void aDryRunOfTheApril2013ListWritesNothing() {
    JsonPath report =
        importFile("ccg-list", "ods-2013/CCG_APR_2013.csv", true)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(report.getInt("created")).isEqualTo(211);
    assertThat(report.getBoolean("dryRun")).isTrue();
    assertThat(ccgs(Map.of("status", "ANY")).getLong("total")).isZero();
    assertThat(given().get("/changes").jsonPath().getList("items")).isEmpty();
  }

  @Test
  @Order(2)
  void theApril2013FilesGive211CcgsEachOverseenByOneOf25AreaTeamsIn4Regions() {
    assertThat(imported("ccg-list", "ods-2013/CCG_APR_2013.csv").getInt("created")).isEqualTo(211);
    assertThat(imported("area-teams", "ods-2013/NHSAT_APR_2013_EN_NC.csv").getInt("created"))
        .isEqualTo(25);
    assertThat(imported("oversight", "ods-2013/CCG13_NHSAT13_NHSCR13_EW_LU.csv").getInt("created"))
        .isEqualTo(211);

    JsonPath april2013 = ccgs(Map.of("asOf", "2013-04-01"));
    assertThat(april2013.getLong("total")).isEqualTo(211);
    List<String> teams = april2013.getList("items.areaTeamCode", String.class);
    List<String> regions = april2013.getList("items.regionCode", String.class);
    assertThat(teams).hasSize(211).doesNotContainNull();
    assertThat(Set.copyOf(teams)).hasSize(25);
    assertThat(Set.copyOf(regions)).hasSize(4).doesNotContainNull();
    JsonPath areaTeams = given().queryParam("asOf", "2013-04-01").get("/area-teams").jsonPath();
    assertThat(areaTeams.getList("items.code")).hasSize(25);
    assertThat(areaTeams.getLong("total")).isEqualTo(25);
    JsonPath regionsOn = given().queryParam("asOf", "2013-04-01").get("/regions").jsonPath();
    assertThat(regionsOn.getList("items.code")).hasSize(4);
    assertThat(regionsOn.getLong("total")).isEqualTo(4);
    JsonPath lastTeams =
        given()
            .queryParams(Map.of("asOf", "2013-04-01", "limit", 10, "offset", 20))
            .get("/area-teams")
            .jsonPath();
    assertThat(lastTeams.getList("items.code")).hasSize(5);
    assertThat(lastTeams.getLong("total")).isEqualTo(25);
    assertThat(lastTeams.getInt("limit")).isEqualTo(10);
    assertThat(lastTeams.getInt("offset")).isEqualTo(20);
    given().queryParam("limit", 0).get("/regions").then().statusCode(400);
    // Windows-1252 read correctly: the 0x92 apostrophe of "Queen's"
    assertThat(ccgs(Map.of("name", "queen\u2019s", "asOf", "2013-04-01")).getLong("total"))
        .isPositive();
  }

  @Test
  @Order(3)
  void reimportingChangesNothing() {
    JsonPath again = imported("ccg-list", "ods-2013/CCG_APR_2013.csv");
    assertThat(again.getInt("unchanged")).isEqualTo(211);
    assertThat(again.getInt("created") + again.getInt("updated")).isZero();
    assertThat(
            imported("oversight", "ods-2013/CCG13_NHSAT13_NHSCR13_EW_LU.csv").getInt("unchanged"))
        .isEqualTo(211);
  }

  @Test
  @Order(4)
  void eccgAndTheSuccessorFileGiveTheLaterHistory() {
    JsonPath eccg = imported("eccg", "ods-2025/eccg.csv");
    assertThat(eccg.getInt("created")).isEqualTo(248 - 211);
    assertThat(eccg.getInt("skipped")).isEqualTo(320 - 248);
    assertThat(imported("successions", "ods-2025/succ.csv").getInt("created")).isEqualTo(142);

    assertThat(ccgs(Map.of("asOf", "2015-04-01")).getLong("total")).isEqualTo(209);
    JsonPath gateshead =
        given()
            .queryParam("asOf", "2015-04-01")
            .get("/ccgs/00F")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(gateshead.getString("status")).isEqualTo("CLOSED");
    assertThat(gateshead.getList("successors.successorCode")).containsExactly("13T");
    assertThat(
            given()
                .queryParam("transitive", true)
                .get("/ccgs/00F/successors")
                .jsonPath()
                .getList("successorCode", String.class))
        .startsWith("13T");
    assertThat(
            given()
                .queryParam("transitive", true)
                .get("/ccgs/13T/predecessors")
                .jsonPath()
                .getList("predecessorCode", String.class))
        .containsExactlyInAnyOrder("00F", "00G", "00H");
  }

  @Test
  @Order(5)
  void figuresReproduceThePublishedCounts() {
    JsonPath april2013 = given().queryParam("asOf", "2013-04-01").get("/figures").jsonPath();
    assertThat(april2013.getInt("operationalCcgs")).isEqualTo(211);
    assertThat(
            april2013.getList("byRegion.operationalCcgs", Integer.class).stream()
                .mapToInt(Integer::intValue)
                .sum())
        .isEqualTo(211);
    assertThat(april2013.getList("byRegion")).hasSize(4);
    assertThat(april2013.getInt("withoutRegion")).isZero();
    Map<String, Integer> published =
        Map.of(
            "2014-04-01",
            211,
            "2015-04-01",
            209,
            "2016-04-01",
            209,
            "2017-04-01",
            207,
            "2018-04-01",
            195,
            "2019-04-01",
            191,
            "2020-04-01",
            135,
            "2021-04-01",
            106);
    published.forEach(
        (date, count) ->
            assertThat(operationalOn(date)).as("operational CCGs on %s", date).isEqualTo(count));
  }

  @Test
  @Order(6)
  void withHwbUnreachableTheAreaImportIsRefusedAndWritesNothing() {
    HwbStub.beUnreachable(wiremock);
    assertProblem(
        importFile("lsoa-areas", "ons/LSOA11_CCG15_LAD15_EN_LU.csv", false),
        503,
        "peer-unavailable");
    assertThat(given().queryParam("asOf", "2015-06-01").get("/ccgs/13T").jsonPath().getList("area"))
        .isEmpty();
  }

  @Test
  @Order(7)
  void areasComeFromTheLookupAndPredecessorsFromTheirSuccessor() throws Exception {
    HwbStub.serveOfficialCouncils(wiremock);
    JsonPath report = imported("lsoa-areas", "ons/LSOA11_CCG15_LAD15_EN_LU.csv");
    assertThat(report.getInt("created")).isEqualTo(209);

    JsonPath merged = given().queryParam("asOf", "2015-06-01").get("/ccgs/13T").jsonPath();
    assertThat(merged.getList("area.localAuthorityCode", String.class))
        .containsExactly("E08000021", "E08000037");
    assertThat(merged.getList("area.shareOfAuthority", Float.class)).containsOnly(1.0f);
    // a district counts towards its county, where the board sits, and is recorded itself too
    JsonPath ashford = given().queryParam("asOf", "2015-06-01").get("/ccgs/09C").jsonPath();
    assertThat(ashford.getList("area.localAuthorityCode", String.class))
        .containsExactly("E07000105", "E10000016");
    assertThat(
            ccgs(Map.of("localAuthority", "E07000105", "asOf", "2015-06-01"))
                .getList("items.code", String.class))
        .containsExactly("09C");
    assertThat(ccgs(Map.of("localAuthority", "E10000016", "asOf", "2015-06-01")).getLong("total"))
        .isGreaterThan(1);

    JsonPath before = given().queryParam("asOf", "2014-06-01").get("/ccgs/00G").jsonPath();
    assertThat(before.getList("area.localAuthorityCode", String.class))
        .containsExactly("E08000021", "E08000037");
    assertThat(before.getList("area.source", String.class)).containsOnly("SUCCESSOR");
    assertThat(before.getList("area.shareOfCcg")).containsOnlyNulls();
  }

  @Test
  @Order(8)
  void theCorrectionFileStatesWhoCoveredWhatBeforeTheMerger() {
    assertThat(imported("area-corrections/shipped", null).getInt("created")).isEqualTo(3);
    assertThat(
            given()
                .queryParam("asOf", "2014-06-01")
                .get("/ccgs/00F")
                .jsonPath()
                .getList("area.localAuthorityCode", String.class))
        .containsExactly("E08000037");
    assertThat(
            ccgs(Map.of("localAuthority", "E08000021", "asOf", "2014-06-01"))
                .getList("items.code", String.class))
        .containsExactly("00G", "00H");
    assertThat(
            ccgs(Map.of("localAuthority", "E08000021", "asOf", "2015-06-01"))
                .getList("items.code", String.class))
        .containsExactly("13T");
    // re-running the lookup import keeps the corrections
    imported("lsoa-areas", "ons/LSOA11_CCG15_LAD15_EN_LU.csv");
    assertThat(
            given()
                .queryParam("asOf", "2014-06-01")
                .get("/ccgs/00G")
                .jsonPath()
                .getList("area.source", String.class))
        .containsOnly("CORRECTION");
  }

  @Test
  @Order(9)
  void peersLookUpManyCodesInOneCall() {
    JsonPath answer =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("date", "2014-06-01", "codes", List.of("00F", "13T", "00L", "99X")))
            .post("/ccgs/lookup")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(answer.getList("results.code")).containsExactly("00F", "13T", "00L", "99X");
    assertThat(answer.getList("results.operational", Boolean.class))
        .containsExactly(true, false, true, false);
    assertThat(answer.getList("results.known", Boolean.class))
        .containsExactly(true, true, true, false);
    assertThat(answer.getList("results[0].localAuthorities.code", String.class))
        .containsExactly("E08000037");
    // Northumberland, a unitary authority, has its one CCG
    assertThat(answer.getList("results[2].localAuthorities.code", String.class))
        .containsExactly("E06000057");
  }

  @Test
  @Order(10)
  void badRowsAreAllReportedAndNothingIsWritten() throws Exception {
    File bad = File.createTempFile("ccg", ".csv");
    java.nio.file.Files.writeString(
        bad.toPath(),
        "CCG13CD,CCG13CDH,CCG13NM\nE38000001,02N,Renamed\nX38000999,ZZ,\nE38000001,02N,Twice\n");
    JsonPath problem =
        assertProblem(
            given()
                .auth()
                .oauth2(TestTokens.withRoles("importer"))
                .multiPart("file", bad)
                .post("/imports/ccg-list"),
            422,
            "import-rejected");
    assertThat(problem.getList("badRows.line", Integer.class)).contains(3, 4);
    assertThat(problem.getList("badRows")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(given().get("/ccgs/02N").jsonPath().getString("name")).isNotEqualTo("Renamed");

    File badDates = File.createTempFile("eccg", ".csv");
    java.nio.file.Files.writeString(
        badDates.toPath(),
        "\"97A\",\"NHS TEST CCG\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"20131301\",\"\"\r\n");
    JsonPath dates =
        assertProblem(
            given()
                .auth()
                .oauth2(TestTokens.withRoles("importer"))
                .multiPart("file", badDates)
                .post("/imports/eccg"),
            422,
            "import-rejected");
    assertThat(dates.getString("badRows[0].reason")).contains("YYYYMMDD");
    assertProblem(given().get("/ccgs/97A"), 404, "not-found");
  }

  static JsonPath rejected(String kind, String content) throws Exception {
    File file = File.createTempFile(kind, ".csv");
    file.deleteOnExit();
    java.nio.file.Files.writeString(file.toPath(), content);
    return assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .multiPart("file", file)
            .post("/imports/" + kind),
        422,
        "import-rejected");
  }

  static List<String> reasons(JsonPath problem) {
    return problem.getList("badRows.reason", String.class);
  }

  @Test
  @Order(11)
  void everyOtherImportListsItsBadRowsAndWritesNothing() throws Exception {
    long changes = ChangeFeedProbe.latestSequence();

    assertThat(
            reasons(
                rejected("area-teams", "NHSAT13CD,NHSAT13NM\nE38000001,Not a team\nE39000099,\n")))
        .anySatisfy(r -> assertThat(r).contains("E39"))
        .anySatisfy(r -> assertThat(r).contains("name is empty"));
    assertThat(
            reasons(
                rejected(
                    "oversight",
                    "CCG13CD,CCG13NM,NHSAT13CD,NHSAT13NM,NHSCR13CD,NHSCR13NM\nE38999999,Nobody,E39000001,T,E40000001,R\nE38000001,A,E39000001,T,E40000002,R\n")))
        .anySatisfy(r -> assertThat(r).contains("no CCG has ONS code 'E38999999'"))
        .anySatisfy(r -> assertThat(r).contains("placed in both"));
    assertThat(
            reasons(
                rejected(
                    "successions",
                    "\"00F\",\"13T\",\"\",\"2015-04-01\",\"0\"\r\n\"00G\",\"00G\",\"\",\"20150401\",\"0\"\r\n")))
        .anySatisfy(r -> assertThat(r).contains("YYYYMMDD"))
        .anySatisfy(r -> assertThat(r).contains("cannot succeed itself"));
    assertThat(
            reasons(
                rejected(
                    "lsoa-areas",
                    "LSOA11CD,LSOA11NM,CCG15CD,CCG15CDH,CCG15NM,LAD15CD,LAD15NM,FID\nE01000001,X,E38000001,98Z,Nobody,E08000021,Newcastle,1\nE01000002,Y,E38000001,00C,Darlington,E06999999,Nowhere,2\n")))
        .containsExactlyInAnyOrder(
            "CCG 98Z is not in the register; import eccg first",
            "local authority E06999999 is not known to hwb-service");
    assertThat(
            reasons(
                rejected(
                    "area-corrections",
                    "ccgCode,localAuthorityCode,shareOfCcg,shareOfAuthority,validFrom,validTo,source\n00F,E08000037,1.5,,2013-04-01,2015-04-01,x\n00F,E08000037,1,,2015-04-01,2013-04-01,x\n98Z,E08000037,1,,2013-04-01,,x\n")))
        .hasSize(3);

    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(changes);
    assertThat(
            given()
                .queryParam("asOf", "2014-06-01")
                .get("/ccgs/00F")
                .jsonPath()
                .getList("area.localAuthorityCode", String.class))
        .containsExactly("E08000037");
  }

  @Test
  @Order(12)
  void importsNeedTheImporterRole() {
    File list = OfficialData.file("ods-2013/CCG_APR_2013.csv").toFile();
    assertProblem(
        given().multiPart("file", list).post("/imports/ccg-list"), 401, "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("editor"))
            .multiPart("file", list)
            .post("/imports/ccg-list"),
        403,
        "forbidden");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .multiPart("other", list)
            .post("/imports/ccg-list"),
        400,
        "validation-failed");
  }

  static JsonPath figuresOn(String date) {
    return given()
        .queryParam("asOf", date)
        .get("/figures")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  @Order(13)
  void subIcbLocationsNeedTheIcbsFirstAndNothingIsWrittenWithout() {
    JsonPath refused =
        assertProblem(
            importFile("sub-icb-locations", "ods-2025/eccg.csv", false), 422, "import-rejected");
    assertThat(refused.getList("badRows")).hasSize(106);
    assertThat(refused.getString("badRows[0].reason"))
        .contains("is not in the register: import the ICBs first");
    assertThat(given().get("/icbs").jsonPath().getLong("total")).isZero();
    assertThat(figuresOn("2023-01-01").getInt("subIcbLocations")).isZero();
  }

  @Test
  @Order(13)
  void aFileOfIcbsWithBadRowsListsEachAndWritesNothing() throws Exception {
    File bad = File.createTempFile("icbs", ".csv");
    java.nio.file.Files.writeString(
        bad.toPath(),
        "code,onsCode,name,regionOdsCode,openDate,closeDate,source\n"
            + "QZ1,E54000999,NHS Test ICB,Y63,2022-07-01,,test\n"
            + "XYZ,E54000998,NHS Bad Code ICB,Y63,2022-07-01,,test\n"
            + "QZ2,,NHS Early ICB,Y63,2021-07-01,,test\n"
            + "QZ3,,NHS Nowhere ICB,Y99,2022-07-01,,test\n");
    JsonPath problem =
        assertProblem(
            given()
                .auth()
                .oauth2(TestTokens.withRoles("importer"))
                .multiPart("file", bad)
                .post("/imports/icbs"),
            422,
            "import-rejected");
    assertThat(problem.getList("badRows.line", Integer.class)).contains(3, 4, 5);
    assertThat(given().get("/icbs/QZ1").statusCode()).isEqualTo(404);
    assertProblem(given().post("/imports/icbs/shipped"), 401, "unauthenticated");
    assertProblem(
        given().auth().oauth2(TestTokens.withRoles("editor")).post("/imports/regions/shipped"),
        403,
        "forbidden");
  }

  @Test
  @Order(14)
  void on1July2022The106CcgsBecomeSubIcbLocationsOf42IcbsIn7Regions() {
    JsonPath regions = imported("regions/shipped", null);
    assertThat(regions.getInt("created")).isEqualTo(6);
    assertThat(regions.getInt("updated")).isEqualTo(4);
    assertThat(imported("icbs/shipped", null).getInt("created")).isEqualTo(42);
    JsonPath locations = imported("sub-icb-locations", "ods-2025/eccg.csv");
    assertThat(locations.getInt("created")).isEqualTo(106);
    assertThat(locations.getInt("skipped")).isEqualTo(320 - 106);
    assertThat(imported("sub-icb-locations", "ods-2025/eccg.csv").getInt("unchanged"))
        .isEqualTo(106);
    assertThat(imported("icbs/shipped", null).getInt("unchanged")).isEqualTo(42);
    assertThat(imported("regions/shipped", null).getInt("unchanged")).isEqualTo(10);

    JsonPath lastCcgDay = figuresOn("2022-06-30");
    assertThat(lastCcgDay.getInt("operationalCcgs")).isEqualTo(106);
    assertThat(lastCcgDay.getInt("icbs")).isZero();
    assertThat(lastCcgDay.getInt("subIcbLocations")).isZero();
    for (String icbDay : List.of("2022-07-01", LocalDate.now().toString())) {
      JsonPath figures = figuresOn(icbDay);
      assertThat(figures.getInt("operationalCcgs")).as(icbDay).isZero();
      assertThat(figures.getInt("icbs")).as(icbDay).isEqualTo(42);
      assertThat(figures.getInt("icbRegions")).as(icbDay).isEqualTo(7);
      assertThat(figures.getInt("regions")).as(icbDay).isEqualTo(7);
      assertThat(figures.getInt("subIcbLocations")).as(icbDay).isEqualTo(106);
    }
    assertThat(figuresOn("2013-04-01").getInt("regions")).isEqualTo(4);
    assertThat(
            given()
                .queryParam("asOf", "2013-04-01")
                .get("/regions")
                .jsonPath()
                .getList("items.odsCode", String.class))
        .containsExactly("Y54", "Y55", "Y56", "Y57");

    assertThat(ccgs(Map.of("asOf", "2023-01-01", "kind", "CCG")).getLong("total")).isZero();
    JsonPath sicbls = ccgs(Map.of("asOf", "2023-01-01"));
    assertThat(sicbls.getLong("total")).isEqualTo(106);
    assertThat(Set.copyOf(sicbls.getList("items.kind", String.class)))
        .containsExactly("SUB_ICB_LOCATION");
    assertThat(Set.copyOf(sicbls.getList("items.regionCode", String.class))).hasSize(7);
    assertThat(ccgs(Map.of("asOf", "2022-06-30", "kind", "SUB_ICB_LOCATION")).getLong("total"))
        .isZero();
    assertThat(ccgs(Map.of("asOf", "2023-01-01", "icb", "QHM")).getList("items.code"))
        .contains("16C");
    assertThat(ccgs(Map.of("asOf", "2023-01-01", "region", "E40000009")).getLong("total"))
        .isPositive();
  }

  @Test
  @Order(15)
  void oneCodeHasOneHistoryACcgUntil30June2022AndASubIcbLocationAfter() {
    JsonPath asCcg =
        given()
            .queryParam("asOf", "2022-06-30")
            .get("/ccgs/16C")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(asCcg.getString("kind")).isEqualTo("CCG");
    assertThat(asCcg.getString("icb")).isNull();
    JsonPath asLocation =
        given()
            .queryParam("asOf", "2022-07-01")
            .get("/ccgs/16C")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(asLocation.getString("kind")).isEqualTo("SUB_ICB_LOCATION");
    assertThat(asLocation.getString("status")).isEqualTo("OPERATIONAL");
    assertThat(asLocation.getString("icb.code")).isEqualTo("QHM");
    assertThat(asLocation.getString("name"))
        .isEqualTo("NHS NORTH EAST AND NORTH CUMBRIA ICB - 16C");
    assertThat(asLocation.getString("region.code")).isEqualTo("E40000009");
    assertThat(asLocation.getList("subIcbLocations.validFrom")).containsExactly("2022-07-01");
    // a CCG that closed before the ICBs never became a sub-ICB location
    JsonPath gateshead = given().queryParam("asOf", "2023-01-01").get("/ccgs/00F").jsonPath();
    assertThat(gateshead.getString("kind")).isEqualTo("CCG");
    assertThat(gateshead.getString("status")).isEqualTo("CLOSED");
  }

  @Test
  @Order(16)
  void theIcbsAnswerWithTheirRegionAndTheirSubIcbLocationsOnADate() {
    assertThat(given().queryParam("asOf", "2022-06-30").get("/icbs").jsonPath().getLong("total"))
        .isZero();
    JsonPath all =
        given().queryParams(Map.of("asOf", "2022-07-01", "limit", 100)).get("/icbs").jsonPath();
    assertThat(all.getLong("total")).isEqualTo(42);
    assertThat(
            all.getList("items.subIcbLocationCount", Integer.class).stream().mapToInt(i -> i).sum())
        .isEqualTo(106);
    JsonPath northEast =
        given()
            .queryParam("asOf", "2023-01-01")
            .get("/icbs/QHM")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(northEast.getString("name")).isEqualTo("NHS North East and North Cumbria ICB");
    assertThat(northEast.getString("onsCode")).isEqualTo("E54000050");
    assertThat(northEast.getString("region.odsCode")).isEqualTo("Y63");
    assertThat(northEast.getList("subIcbLocations.code")).contains("16C").doesNotContain("00F");
    assertThat(
            given()
                .queryParams(Map.of("asOf", "2023-01-01", "region", "E40000003"))
                .get("/icbs")
                .jsonPath()
                .getList("items.code"))
        .containsExactlyInAnyOrder("QKK", "QMF", "QMJ", "QRV", "QWE");
    assertProblem(given().get("/icbs/16C"), 400, "validation-failed");
    assertProblem(given().get("/icbs/QZZ"), 404, "not-found");
    assertProblem(given().queryParam("kind", "ICB").get("/ccgs"), 400, "validation-failed");
  }

  static RequestSpecification writer() {
    return given().auth().oauth2(TestTokens.withRoles("service")).contentType(ContentType.JSON);
  }

  static void close(String code, String closeDate) {
    JsonPath ccg = given().get("/ccgs/" + code).jsonPath();
    writer()
        .header("If-Match", given().get("/ccgs/" + code).header("ETag"))
        .body(
            Map.of(
                "name", ccg.getString("name"),
                "openDate", ccg.getString("openDate"),
                "closeDate", closeDate))
        .put("/ccgs/" + code)
        .then()
        .statusCode(200);
  }

  @Test
  @Order(17)
  void aMergerOfSubIcbLocationsStaysInTheirIcbAndNeverCrossesIcbs() {
    List<String> northEast =
        given()
            .queryParam("asOf", "2024-01-01")
            .get("/icbs/QHM")
            .jsonPath()
            .getList("subIcbLocations.code", String.class);
    String first = northEast.get(0);
    String second = northEast.get(1);
    writer()
        .body(Map.of("code", "Z9Z9Z", "name", "NHS Merged Location", "openDate", "2024-04-01"))
        .post("/ccgs")
        .then()
        .statusCode(201);
    for (String predecessor : List.of(first, second)) {
      writer()
          .body(Map.of("successorCode", "Z9Z9Z", "effectiveDate", "2024-04-01"))
          .post("/ccgs/" + predecessor + "/successors")
          .then()
          .statusCode(201);
      close(predecessor, "2024-04-01");
    }
    JsonPath merged =
        given()
            .queryParam("asOf", "2024-04-01")
            .get("/ccgs/Z9Z9Z")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(merged.getString("kind")).isEqualTo("SUB_ICB_LOCATION");
    assertThat(merged.getString("icb.code")).isEqualTo("QHM");
    JsonPath closed = given().queryParam("asOf", "2024-04-01").get("/ccgs/" + first).jsonPath();
    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(closed.getString("icb")).isNull();
    assertThat(closed.getList("subIcbLocations.validTo")).containsExactly("2024-04-01");
    assertThat(
            given()
                .queryParam("asOf", "2024-04-01")
                .get("/icbs/QHM")
                .jsonPath()
                .getList("subIcbLocations.code"))
        .contains("Z9Z9Z")
        .doesNotContain(first, second);

    String london =
        given()
            .queryParam("asOf", "2024-01-01")
            .get("/icbs/QKK")
            .jsonPath()
            .getList("subIcbLocations.code", String.class)
            .getFirst();
    JsonPath crossing =
        assertProblem(
            writer()
                .body(Map.of("successorCode", "Z9Z9Z", "effectiveDate", "2024-04-01"))
                .post("/ccgs/" + london + "/successors"),
            422,
            "rule-violated");
    assertThat(crossing.getString("detail"))
        .contains("Sub-ICB locations of different ICBs cannot merge");
    assertThat(given().get("/ccgs/" + london + "/successors").jsonPath().getList("successorCode"))
        .doesNotContain("Z9Z9Z");
  }
}
