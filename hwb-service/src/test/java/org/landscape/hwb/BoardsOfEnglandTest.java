package org.landscape.hwb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.hwb.Fixtures.ccgSeat;
import static org.landscape.hwb.Fixtures.compliance;
import static org.landscape.hwb.Fixtures.editor;
import static org.landscape.hwb.Fixtures.failedRules;
import static org.landscape.hwb.Fixtures.opinion;
import static org.landscape.hwb.Fixtures.seatMandatoryRolesExcept;
import static org.landscape.hwb.Fixtures.strategy;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.landscape.hwb.CcgStub.Ccg;
import org.landscape.testsupport.ChangeFeedProbe;
import org.landscape.testsupport.IsolatedDatabase;
import org.landscape.testsupport.OfficialData;
import org.landscape.testsupport.TestTokens;

/**
 * The boards of England from the official ONS files, on a database of their own so that counts are
 * exact, with ccg-service stubbed as it answers after importing the official CCG files.
 */
@QuarkusTest
@ConnectWireMock
@TestProfile(BoardsOfEnglandTest.OwnDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardsOfEnglandTest {

  /**
   * Quarkus restarts only between different profiles, so a profile of this class's own keeps it
   * from sharing {@link LocalAuthorityImportTest}'s isolated database.
   */
  public static class OwnDatabase extends IsolatedDatabase {}

  private static final String NEWCASTLE = "E08000021";
  private static final String NORTHUMBERLAND = "E06000057";

  WireMock wiremock;

  @BeforeEach
  void forgetStubs() {
    wiremock.resetMappings();
  }

  @Test
  @Order(1)
  void theOfficialFilesAreImported() {
    given()
        .auth()
        .oauth2(TestTokens.withRoles("importer"))
        .multiPart("districts", OfficialData.file("ons/LAD15_RGN15_EN_LU.csv").toFile())
        .multiPart("upperTiers", OfficialData.file("ons/LTLA17_UTLA17_EW_LU.csv").toFile())
        .post("/local-authorities/import")
        .then()
        .statusCode(200);
  }

  @Test
  @Order(2)
  void establishingEveryBoardGivesExactly152() {
    long before = ChangeFeedProbe.latestSequence();
    JsonPath report = establishEveryBoard().jsonPath();
    assertThat(report.getInt("eligibleAuthorities")).isEqualTo(152);
    assertThat(report.getInt("created")).isEqualTo(152);
    assertThat(report.getInt("unchanged")).isZero();
    assertThat(report.getString("shadowStart")).isEqualTo("2012-04-01");
    assertThat(report.getString("statutoryStart")).isEqualTo("2013-04-01");

    assertThat(total(Map.of("asOf", "2013-04-01"))).isEqualTo(152);
    assertThat(total(Map.of("asOf", "2013-04-01", "stage", "STATUTORY"))).isEqualTo(152);
    assertThat(total(Map.of("asOf", "2012-10-01", "stage", "SHADOW"))).isEqualTo(152);
    assertThat(total(Map.of("asOf", "2012-03-31"))).isZero();
    assertThat(given().get("/boards/" + NEWCASTLE).jsonPath().getString("name"))
        .isEqualTo("Newcastle upon Tyne Health and Wellbeing Board");
    given().get("/boards/E10000016").then().statusCode(200);
    given().get("/boards/E09000001").then().statusCode(200);
    assertProblem(given().get("/boards/E07000105"), 404, "not-found");
    assertThat(ChangeFeedProbe.latestSequence() - before).isEqualTo(152);
  }

  @Test
  @Order(3)
  void establishingEveryBoardAgainCreatesNothing() {
    long before = ChangeFeedProbe.latestSequence();
    JsonPath report =
        given()
            .auth()
            .oauth2(TestTokens.withRoles("editor"))
            .post("/boards/bulk")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(report.getInt("created")).isZero();
    assertThat(report.getInt("unchanged")).isEqualTo(152);
    assertThat(total(Map.of("asOf", "2014-01-01"))).isEqualTo(152);
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
  }

  @Test
  @Order(4)
  void newcastleNeedsRepresentativesOf00GAnd00HThenOf13T() {
    seatMandatoryRolesExcept(NEWCASTLE, "2013-04-01");
    CcgStub.lookup(wiremock, "2013-04-01", Ccg.operational("00G", NEWCASTLE));
    Fixtures.seat(NEWCASTLE, ccgSeat("Dr North East", "00G", "2013-04-01", null))
        .then()
        .statusCode(201);
    CcgStub.lookup(wiremock, "2013-04-01", Ccg.operational("00H", NEWCASTLE));
    Fixtures.seat(NEWCASTLE, ccgSeat("Dr West", "00H", "2013-04-01", "2015-04-01"))
        .then()
        .statusCode(201);
    CcgStub.covering(
        wiremock,
        NEWCASTLE,
        "2014-06-01",
        Ccg.operational("00G", NEWCASTLE),
        Ccg.operational("00H", NEWCASTLE));
    CcgStub.covering(
        wiremock, NEWCASTLE, "2015-06-01", Ccg.operational("13T", NEWCASTLE, "E08000037"));
    CcgStub.lookup(wiremock, "2015-06-01", Ccg.closed("00G", "2015-04-01"));

    JsonPath in2014 = compliance(NEWCASTLE, "2014-06-01");
    assertThat(in2014.getBoolean("compliant")).isTrue();
    assertThat(relevantCcgs(in2014)).containsExactly("00G", "00H");

    JsonPath in2015 = compliance(NEWCASTLE, "2015-06-01");
    assertThat(in2015.getBoolean("compliant")).isFalse();
    assertThat(relevantCcgs(in2015)).containsExactly("13T");
    assertThat(failedRules(in2015))
        .containsExactly("RELEVANT_CCG_REPRESENTED", "IRRELEVANT_CCG_REPRESENTATIVE");
    Map<String, Object> lapsed =
        in2015.getMap("findings.find { it.rule == 'IRRELEVANT_CCG_REPRESENTATIVE' }");
    assertThat(lapsed.get("ccgCode")).isEqualTo("00G");
    assertThat((String) lapsed.get("reason")).contains("closed on 2015-04-01");

    long seat00G =
        given()
            .queryParam("ccg", "00G")
            .queryParam("asOf", "2014-06-01")
            .get("/boards/" + NEWCASTLE + "/members")
            .jsonPath()
            .getLong("items[0].id");
    CcgStub.lookup(wiremock, "2013-04-01", Ccg.operational("00G", NEWCASTLE));
    editor()
        .header("If-Match", "\"0\"")
        .body(ccgSeat("Dr North East", "00G", "2013-04-01", "2015-04-01"))
        .put("/boards/" + NEWCASTLE + "/members/" + seat00G)
        .then()
        .statusCode(200);
    CcgStub.lookup(wiremock, "2015-04-01", Ccg.operational("13T", NEWCASTLE, "E08000037"));
    Fixtures.seat(NEWCASTLE, ccgSeat("Dr Newcastle Gateshead", "13T", "2015-04-01", null))
        .then()
        .statusCode(201);
    assertThat(compliance(NEWCASTLE, "2015-06-01").getBoolean("compliant")).isTrue();
  }

  @Test
  @Order(5)
  void northumberlandNeedsItsOneCcg() {
    CcgStub.covering(
        wiremock, NORTHUMBERLAND, "2014-06-01", Ccg.operational("00L", NORTHUMBERLAND));
    JsonPath empty = compliance(NORTHUMBERLAND, "2014-06-01");
    assertThat(relevantCcgs(empty)).containsExactly("00L");
    assertThat(failedRules(empty)).hasSize(6).contains("RELEVANT_CCG_REPRESENTED");

    CcgStub.lookup(wiremock, "2013-04-01", Ccg.operational("00L", NORTHUMBERLAND));
    Fixtures.seat(NORTHUMBERLAND, ccgSeat("Dr Northumberland", "00L", "2013-04-01", null))
        .then()
        .statusCode(201);
    seatMandatoryRolesExcept(NORTHUMBERLAND, "2013-04-01", "DIRECTOR_OF_PUBLIC_HEALTH");

    JsonPath withoutPublicHealth = compliance(NORTHUMBERLAND, "2014-06-01");
    assertThat(withoutPublicHealth.getBoolean("compliant")).isFalse();
    assertThat(failedRules(withoutPublicHealth)).containsExactly("DIRECTOR_OF_PUBLIC_HEALTH");
    Map<String, Object> finding =
        withoutPublicHealth.getMap("findings.find { it.rule == 'DIRECTOR_OF_PUBLIC_HEALTH' }");
    assertThat(finding.get("role")).isEqualTo("DIRECTOR_OF_PUBLIC_HEALTH");
    assertThat((String) finding.get("reason"))
        .isEqualTo("no member holds the DIRECTOR_OF_PUBLIC_HEALTH role on 2014-06-01");
  }

  @Test
  @Order(6)
  void anOpinionOnACcgOfAnotherCouncilIsRefusedNamingTheRule() {
    strategy(NORTHUMBERLAND, "2013-04-01", null).then().statusCode(201);
    CcgStub.covering(
        wiremock, NORTHUMBERLAND, "2014-02-14", Ccg.operational("00L", NORTHUMBERLAND));
    long before = ChangeFeedProbe.latestSequence();
    JsonPath refused =
        assertProblem(
            editor()
                .body(opinion("00G", "2014/15", "2014-02-14"))
                .post("/boards/" + NORTHUMBERLAND + "/opinions"),
            422,
            "rule-violated");
    assertThat(refused.getString("detail")).contains("RELEVANT_CCG").contains("00G");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);

    editor()
        .body(opinion("00L", "2014/15", "2014-02-14"))
        .post("/boards/" + NORTHUMBERLAND + "/opinions")
        .then()
        .statusCode(201);
  }

  @Test
  @Order(7)
  void oversightGapsCoverEveryBoardInTwoCallsToCcgService() {
    wiremock.resetRequests();
    CcgStub.operational(
        wiremock,
        "2014-04-01",
        Ccg.operational("00G", NEWCASTLE),
        Ccg.operational("00H", NEWCASTLE),
        Ccg.operational("00L", NORTHUMBERLAND));
    CcgStub.lookup(
        wiremock,
        "2014-04-01",
        Ccg.operational("00G", NEWCASTLE),
        Ccg.operational("00H", NEWCASTLE),
        Ccg.operational("00L", NORTHUMBERLAND));

    JsonPath gaps =
        given()
            .queryParam("financialYear", "2014/15")
            .get("/oversight-gaps")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(gaps.getLong("total")).isEqualTo(1);
    assertThat(gaps.getString("items[0].boardCode")).isEqualTo(NEWCASTLE);
    assertThat(gaps.getList("items[0].withoutOpinion.code")).containsExactly("00G", "00H");
    wiremock.verifyThat(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/ccgs")));
    wiremock.verifyThat(1, WireMock.postRequestedFor(WireMock.urlPathEqualTo("/ccgs/lookup")));
  }

  private static Response establishEveryBoard() {
    Response response =
        editor()
            .queryParam("shadowStart", "2012-04-01")
            .queryParam("statutoryStart", "2013-04-01")
            .post("/boards/bulk");
    response.then().statusCode(200);
    return response;
  }

  private static long total(Map<String, ?> query) {
    Map<String, Object> withLimit = new HashMap<>(query);
    withLimit.put("limit", 1);
    return given()
        .queryParams(withLimit)
        .get("/boards")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  private static List<String> relevantCcgs(JsonPath report) {
    return report.getList(
        "findings.findAll { it.rule == 'RELEVANT_CCG_REPRESENTED' }.ccgCode", String.class);
  }
}
