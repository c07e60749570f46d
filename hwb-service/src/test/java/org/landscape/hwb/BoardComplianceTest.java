package org.landscape.hwb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.hwb.Fixtures.ccgSeat;
import static org.landscape.hwb.Fixtures.compliance;
import static org.landscape.hwb.Fixtures.councilWithBoard;
import static org.landscape.hwb.Fixtures.seatMandatoryRolesExcept;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.hwb.CcgStub.Ccg;

/** Statutory membership on fictional councils, with ccg-service stubbed. */
@QuarkusTest
@ConnectWireMock
class BoardComplianceTest {

  WireMock wiremock;

  @BeforeEach
  void forgetStubs() {
    wiremock.resetMappings();
  }

  @Test
  void aFullBoardIsCompliantAndEveryFindingIsNamed() {
    String board = councilWithBoard();
    seatMandatoryRolesExcept(board, "2013-04-01");
    CcgStub.lookup(wiremock, "2013-04-01", Ccg.operational("96A", board));
    Fixtures.seat(board, ccgSeat("Dr A", "96A", "2013-04-01", null)).then().statusCode(201);
    CcgStub.covering(wiremock, board, "2014-06-01", Ccg.operational("96A", board));

    JsonPath report = compliance(board, "2014-06-01");
    assertThat(report.getBoolean("compliant")).isTrue();
    assertThat(report.getString("stage")).isEqualTo("STATUTORY");
    assertThat(report.getInt("members")).isEqualTo(6);
    assertThat(report.getList("findings.rule", String.class))
        .containsExactly(
            "ELECTED_COUNCILLOR",
            "DIRECTOR_OF_ADULT_SOCIAL_SERVICES",
            "DIRECTOR_OF_CHILDRENS_SERVICES",
            "DIRECTOR_OF_PUBLIC_HEALTH",
            "HEALTHWATCH_REPRESENTATIVE",
            "RELEVANT_CCG_REPRESENTED");
    assertThat(report.getString("findings[5].ccgCode")).isEqualTo("96A");
    assertThat(report.getString("findings[5].ccgName")).isEqualTo("NHS 96A CCG");
    assertThat(report.getList("findings.passed", Boolean.class)).containsOnly(true);
    assertThat(report.getList("findings.source", String.class))
        .containsOnly("Health and Social Care Act 2012 s194(2)");
  }

  @Test
  void aRepresentativeOfACcgThatIsNotRelevantIsFlaggedWithTheReason() {
    String board = councilWithBoard();
    seatMandatoryRolesExcept(board, "2013-04-01");
    CcgStub.lookup(wiremock, "2013-04-01", Ccg.operational("96B", "E06000001"));
    Fixtures.seat(board, ccgSeat("Dr B", "96B", "2013-04-01", null)).then().statusCode(201);
    CcgStub.covering(wiremock, board, "2014-06-01");
    CcgStub.lookup(wiremock, "2014-06-01", Ccg.operational("96B", "E06000001"));

    JsonPath report = compliance(board, "2014-06-01");
    assertThat(report.getBoolean("compliant")).isFalse();
    Map<String, Object> flagged =
        report.getMap("findings.find { it.rule == 'IRRELEVANT_CCG_REPRESENTATIVE' }");
    assertThat(flagged.get("ccgCode")).isEqualTo("96B");
    assertThat(flagged.get("passed")).isEqualTo(false);
    assertThat((String) flagged.get("reason"))
        .contains("covers no part of " + board)
        .contains("E06000001");
  }

  @Test
  void aShadowBoardIsCheckedToo() {
    String board = councilWithBoard();
    CcgStub.covering(wiremock, board, "2012-10-01");
    JsonPath report = compliance(board, "2012-10-01");
    assertThat(report.getString("stage")).isEqualTo("SHADOW");
    assertThat(report.getBoolean("compliant")).isFalse();
    assertThat(report.getList("findings.rule")).hasSize(5);
    assertThat(report.getString("findings[0].reason"))
        .isEqualTo("no member holds the ELECTED_COUNCILLOR role on 2012-10-01");
  }

  @Test
  void withCcgServiceUnreachableTheCheckAnswers503NeverCompliant() {
    String board = councilWithBoard();
    seatMandatoryRolesExcept(board, "2013-04-01");
    CcgStub.beUnreachable(wiremock);
    JsonPath problem =
        assertProblem(
            given().queryParam("asOf", "2014-06-01").get("/boards/" + board + "/compliance"),
            503,
            "peer-unavailable");
    assertThat(problem.getString("detail")).contains("ccg-service");
  }

  @Test
  void theBoardMustBeInPlaceOnTheDateAndTheDateWellFormed() {
    String board = councilWithBoard();
    assertProblem(
        given().queryParam("asOf", "2011-06-01").get("/boards/" + board + "/compliance"),
        404,
        "not-found");
    assertProblem(given().get("/boards/" + Fixtures.council() + "/compliance"), 404, "not-found");
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("asOf", "June 2014").get("/boards/" + board + "/compliance"),
                    400,
                    "validation-failed")))
        .containsExactly("asOf");
  }
}
