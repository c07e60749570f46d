package org.landscape.commissioning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.commissioning.CcgStub.ASHFORD;
import static org.landscape.commissioning.CcgStub.KENT;
import static org.landscape.commissioning.CcgStub.KENT_CCGS;
import static org.landscape.commissioning.Fixtures.exact;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Who pays?": the responsible commissioner for a patient's care, with the peers stubbed. */
@QuarkusTest
@ConnectWireMock
class ResponsibleCommissionerTest {

  WireMock wiremock;

  @BeforeEach
  void peersAnswer() throws Exception {
    Fixtures.peersAnswer(wiremock);
    PracticeStub.practice(wiremock, "A81001", "00K");
    PracticeStub.practice(wiremock, "Y99999", null);
    CcgStub.covering(wiremock, ASHFORD, List.of(KENT_CCGS.getFirst()));
    CcgStub.covering(wiremock, KENT, KENT_CCGS);
    CcgStub.covering(wiremock, "E06000005", List.of());
  }

  static Response ask(Map<String, ?> question) {
    return given().queryParams(question).get("/responsible-commissioner");
  }

  static JsonPath answer(Map<String, ?> question) {
    return exact(ask(question).then().statusCode(200).extract().response());
  }

  @Test
  void aRegisteredPatientIsTheResponsibilityOfTheirPracticesCcgOnTheDate() {
    JsonPath answer =
        answer(
            Map.of(
                "category", "ELECTIVE_HOSPITAL_CARE",
                "date", "2014-01-01",
                "registeredPractice", "A81001"));
    assertThat(answer.getBoolean("resolved")).isTrue();
    assertThat(answer.getString("commissioner.kind")).isEqualTo("CCG");
    assertThat(answer.getString("commissioner.code")).isEqualTo("00K");
    assertThat(answer.getString("commissioner.name"))
        .isEqualTo("NHS Hartlepool and Stockton-on-Tees CCG");
    assertThat(answer.getString("basis")).isEqualTo("REGISTERED_PRACTICE");
    assertThat(answer.getString("rule.commissionerKind")).isEqualTo("CCG");
    assertThat(answer.getString("rule.validFrom")).isEqualTo("2013-04-01");
    assertThat(answer.getList("candidates")).isEmpty();
    assertThat(answer.getString("explanation"))
        .contains("registered patient")
        .contains("A81001")
        .contains("00K")
        .contains("2014-01-01");
    wiremock.verifyThat(
        WireMock.getRequestedFor(WireMock.urlPathEqualTo("/practices/A81001"))
            .withQueryParam("asOf", WireMock.equalTo("2014-01-01")));
  }

  @Test
  void anUnregisteredPatientIsTheResponsibilityOfTheCcgWhereTheyLive() {
    JsonPath answer =
        answer(
            Map.of(
                "category", "COMMUNITY_HEALTH_SERVICES",
                "date", "2014-01-01",
                "residence", ASHFORD));
    assertThat(answer.getBoolean("resolved")).isTrue();
    assertThat(answer.getString("commissioner.code")).isEqualTo("09C");
    assertThat(answer.getString("commissioner.name")).isEqualTo("NHS Ashford CCG");
    assertThat(answer.getString("basis")).isEqualTo("USUAL_RESIDENCE");
    assertThat(answer.getString("explanation")).contains("usually live").contains(ASHFORD);
  }

  @Test
  void aCouncilCoveredBySeveralCcgsGivesTheCandidatesWithTheirSharesNeverAGuess() {
    JsonPath answer =
        answer(
            Map.of("category", "ELECTIVE_HOSPITAL_CARE", "date", "2014-01-01", "residence", KENT));
    assertThat(answer.getBoolean("resolved")).isFalse();
    assertThat(answer.getString("commissioner")).isNull();
    List<Map<String, Object>> candidates = answer.getList("candidates");
    assertThat(candidates).hasSize(7);
    assertThat(candidates.getFirst().get("code")).isEqualTo("99J");
    assertThat((BigDecimal) candidates.getFirst().get("shareOfAuthority"))
        .isEqualByComparingTo("0.3082");
    assertThat(candidates.getLast().get("code")).isEqualTo("10D");
    assertThat(candidates).allSatisfy(c -> assertThat(c.get("shareOfAuthority")).isNotNull());
    assertThat(answer.getString("explanation")).contains("7 CCGs");
  }

  @Test
  void urgentCareIsTheResponsibilityOfTheCcgWhereThePatientIs() {
    JsonPath answer =
        answer(
            Map.of(
                "category", "URGENT_AND_EMERGENCY_CARE",
                "date", "2014-01-01",
                "presentIn", ASHFORD));
    assertThat(answer.getString("commissioner.code")).isEqualTo("09C");
    assertThat(answer.getString("basis")).isEqualTo("PRESENCE");
    assertThat(
            failingFields(
                assertProblem(
                    ask(
                        Map.of(
                            "category", "URGENT_AND_EMERGENCY_CARE",
                            "registeredPractice", "A81001")),
                    400,
                    "validation-failed")))
        .containsExactly("presentIn");
    assertThat(
            failingFields(
                assertProblem(
                    ask(Map.of("category", "ELECTIVE_HOSPITAL_CARE", "presentIn", ASHFORD)),
                    400,
                    "validation-failed")))
        .containsExactly("registeredPractice");
  }

  @Test
  void nhsEnglandCategoriesAreItsWhateverThePatient() {
    PracticeStub.beUnreachable(wiremock);
    CcgStub.beUnreachable(wiremock);
    JsonPath answer =
        answer(
            Map.of("category", "DENTISTRY", "date", "2014-01-01", "registeredPractice", "A81001"));
    assertThat(answer.getBoolean("resolved")).isTrue();
    assertThat(answer.getString("commissioner.kind")).isEqualTo("NHS_ENGLAND");
    assertThat(answer.getString("commissioner.code")).isEqualTo("X24");
    assertThat(answer.getString("commissioner.name")).isEqualTo("NHS England");
    assertThat(answer.getString("basis")).isEqualTo("NATIONAL_COMMISSIONER");
    assertThat(answer.getString("explanation"))
        .startsWith("Dentistry is commissioned by NHS England");
    assertThat(
            answer(
                    Map.of(
                        "category",
                        "SPECIALISED_SERVICES",
                        "date",
                        "2014-01-01",
                        "residence",
                        KENT))
                .getString("commissioner.code"))
        .isEqualTo("X24");
  }

  @Test
  void councilCategoriesAreTheUpperTierCouncilOfTheResidence() {
    JsonPath district =
        answer(Map.of("category", "PUBLIC_HEALTH", "date", "2014-01-01", "residence", ASHFORD));
    assertThat(district.getString("commissioner.kind")).isEqualTo("LOCAL_AUTHORITY");
    assertThat(district.getString("commissioner.code")).isEqualTo(KENT);
    assertThat(district.getString("commissioner.name")).isEqualTo("Kent");
    assertThat(district.getString("basis")).isEqualTo("UPPER_TIER_COUNCIL");
    assertThat(district.getString("explanation")).contains("district").contains("Kent");
    JsonPath unitary =
        answer(
            Map.of(
                "category", "LIFESTYLE_WEIGHT_MANAGEMENT_TIER_2",
                "date", "2014-01-01",
                "residence", "E06000005"));
    assertThat(unitary.getString("commissioner.code")).isEqualTo("E06000005");
    assertThat(unitary.getString("commissioner.name")).isEqualTo("Darlington");
    assertThat(
            failingFields(
                assertProblem(
                    ask(Map.of("category", "PUBLIC_HEALTH", "registeredPractice", "A81001")),
                    400,
                    "validation-failed")))
        .containsExactly("residence");
    assertProblem(
        ask(Map.of("category", "PUBLIC_HEALTH", "date", "2014-01-01", "residence", "E06000099")),
        422,
        "unprocessable");
  }

  @Test
  void theQuestionNamesACategoryAndAtLeastOneOfThePatientsWhereabouts() {
    assertThat(
            failingFields(
                assertProblem(
                    ask(Map.of("category", "ELECTIVE_HOSPITAL_CARE")), 400, "validation-failed")))
        .containsExactly("presentIn", "registeredPractice", "residence");
    JsonPath everythingKnown =
        answer(
            Map.of(
                "category", "ELECTIVE_HOSPITAL_CARE",
                "date", "2014-01-01",
                "registeredPractice", "A81001",
                "residence", KENT,
                "presentIn", ASHFORD));
    assertThat(everythingKnown.getString("basis")).isEqualTo("REGISTERED_PRACTICE");
    assertThat(
            failingFields(assertProblem(ask(Map.of("residence", KENT)), 400, "validation-failed")))
        .containsExactly("category");
    assertThat(
            failingFields(
                assertProblem(
                    ask(Map.of("category", "CHIROPODY", "residence", KENT)),
                    400,
                    "validation-failed")))
        .containsExactly("category");
    assertThat(
            failingFields(
                assertProblem(
                    ask(
                        Map.of(
                            "category", "ELECTIVE_HOSPITAL_CARE",
                            "registeredPractice", "A8100",
                            "presentIn", "W06000001")),
                    400,
                    "validation-failed")))
        .containsExactlyInAnyOrder("registeredPractice", "presentIn");
    assertThat(
            failingFields(
                assertProblem(
                    ask(
                        Map.of(
                            "category",
                            "ELECTIVE_HOSPITAL_CARE",
                            "residence",
                            KENT,
                            "date",
                            "2014-02-30")),
                    400,
                    "validation-failed")))
        .containsExactly("date");
  }

  @Test
  void whatTheGivenFactsCannotDecideIsUnprocessable() {
    assertThat(
            assertProblem(
                    ask(
                        Map.of(
                            "category",
                            "REHABILITATION",
                            "date",
                            "2014-01-01",
                            "registeredPractice",
                            "B99999")),
                    422,
                    "unprocessable")
                .getString("detail"))
        .contains("B99999");
    assertThat(
            assertProblem(
                    ask(
                        Map.of(
                            "category",
                            "REHABILITATION",
                            "date",
                            "2014-01-01",
                            "registeredPractice",
                            "Y99999")),
                    422,
                    "unprocessable")
                .getString("detail"))
        .contains("belonged to no CCG");
    assertThat(
            assertProblem(
                    ask(
                        Map.of(
                            "category",
                            "REHABILITATION",
                            "date",
                            "2014-01-01",
                            "residence",
                            "E06000005")),
                    422,
                    "unprocessable")
                .getString("detail"))
        .contains("no CCG covering");
    assertThat(
            assertProblem(
                    ask(
                        Map.of(
                            "category", "REHABILITATION", "date", "2012-06-01", "residence", KENT)),
                    422,
                    "rule-violated")
                .getString("detail"))
        .contains("2013-04-01");
  }

  @Test
  void aPeerThatCannotBeReachedIsAServiceUnavailableProblem() {
    PracticeStub.beUnreachable(wiremock);
    assertThat(
            assertProblem(
                    ask(
                        Map.of(
                            "category",
                            "REHABILITATION",
                            "date",
                            "2014-01-01",
                            "registeredPractice",
                            "A81001")),
                    503,
                    "peer-unavailable")
                .getString("detail"))
        .contains("practice-service");
    CcgStub.beUnreachable(wiremock);
    assertProblem(
        ask(Map.of("category", "REHABILITATION", "date", "2014-01-01", "residence", KENT)),
        503,
        "peer-unavailable");
    HwbStub.beUnreachable(wiremock);
    assertProblem(
        ask(Map.of("category", "PUBLIC_HEALTH", "date", "2014-01-01", "residence", KENT)),
        503,
        "peer-unavailable");
  }
}
