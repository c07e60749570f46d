package org.landscape.commissioning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.commissioning.Fixtures.activeContract;
import static org.landscape.commissioning.Fixtures.contract;
import static org.landscape.commissioning.Fixtures.draft;
import static org.landscape.commissioning.Fixtures.editor;
import static org.landscape.commissioning.Fixtures.etag;
import static org.landscape.commissioning.Fixtures.exact;
import static org.landscape.commissioning.Fixtures.newProvider;
import static org.landscape.commissioning.Fixtures.newReference;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Spend per financial year. Each test has a fictional CCG of its own (SP00n), so that what it
 * counts is its contracts alone.
 */
@QuarkusTest
@ConnectWireMock
class SpendTest {

  WireMock wiremock;

  private static String provider;

  @BeforeEach
  void peersAnswer() throws Exception {
    Fixtures.peersAnswer(wiremock);
    if (provider == null) {
      provider = newProvider();
    }
  }

  static JsonPath spend(String year, String ccg) {
    return exact(
        given()
            .queryParam("financialYear", year)
            .queryParam("commissioner", ccg)
            .get("/spend")
            .then()
            .statusCode(200)
            .extract()
            .response());
  }

  static BigDecimal total(String year, String ccg) {
    return (BigDecimal) spend(year, ccg).get("total");
  }

  @Test
  void a365000PoundContractOverTwoYearsCountsItsDaysInEach() {
    activeContract(
        "CCG", "SP001", provider, "ELECTIVE_HOSPITAL_CARE", "365000", "2013-10-01", "2014-10-01");
    JsonPath first = spend("2013/14", "SP001");
    assertThat(first.getString("financialYear")).isEqualTo("2013/14");
    assertThat(first.getString("from")).isEqualTo("2013-04-01");
    assertThat(first.getString("to")).isEqualTo("2014-04-01");
    assertThat((BigDecimal) first.get("total")).isEqualByComparingTo("182000.00");
    assertThat(first.getString("commissioners[0].kind")).isEqualTo("CCG");
    assertThat(first.getString("commissioners[0].code")).isEqualTo("SP001");
    assertThat(first.getString("commissioners[0].name")).isEqualTo("NHS Test CCG SP001");
    assertThat(first.getString("commissioners[0].categories[0].category"))
        .isEqualTo("ELECTIVE_HOSPITAL_CARE");
    assertThat((BigDecimal) first.get("commissioners[0].categories[0].amount"))
        .isEqualByComparingTo("182000.00");
    assertThat(first.getInt("commissioners[0].categories[0].contracts")).isEqualTo(1);
    assertThat(
            given()
                .queryParam("financialYear", "2013/14")
                .queryParam("commissioner", "SP001")
                .get("/spend")
                .asString())
        .contains("\"total\":182000.00");
    assertThat(total("2014/15", "SP001")).isEqualByComparingTo("183000.00");
    JsonPath none = spend("2015/16", "SP001");
    assertThat((BigDecimal) none.get("total")).isEqualByComparingTo("0.00");
    assertThat(none.getList("commissioners")).isEmpty();
  }

  @Test
  void draftsNeverCount() {
    draft(
            contract(
                newReference(),
                "CCG",
                "SP002",
                provider,
                "REHABILITATION",
                new BigDecimal("1000.00"),
                "2013-04-01",
                "2014-04-01"))
        .then()
        .statusCode(201);
    assertThat(total("2013/14", "SP002")).isEqualByComparingTo("0.00");
  }

  @Test
  void aTerminatedContractCountsUpToItsTermination() {
    String reference =
        activeContract(
            "CCG", "SP003", provider, "REHABILITATION", "365000.00", "2013-10-01", "2014-10-01");
    editor()
        .header("If-Match", etag(reference))
        .body(Map.of("date", "2014-04-01", "reason", "Provider failed inspection"))
        .post("/contracts/" + reference + "/termination")
        .then()
        .statusCode(200);
    assertThat(total("2013/14", "SP003")).isEqualByComparingTo("182000.00");
    assertThat(total("2014/15", "SP003")).isEqualByComparingTo("0.00");
  }

  @Test
  void aNovatedContractCountsUpToTheNovationAndItsSuccessorAfter() {
    String reference =
        activeContract(
            "CCG", "SP004", provider, "REHABILITATION", "365000.00", "2013-10-01", "2014-10-01");
    editor()
        .header("If-Match", etag(reference))
        .body(
            Map.of(
                "date", "2014-04-01",
                "successor", Map.of("kind", "CCG", "code", "SP005"),
                "successorReference", newReference()))
        .post("/contracts/" + reference + "/novation")
        .then()
        .statusCode(201);
    assertThat(total("2013/14", "SP004")).isEqualByComparingTo("182000.00");
    assertThat(total("2014/15", "SP004")).isEqualByComparingTo("0.00");
    assertThat(total("2013/14", "SP005")).isEqualByComparingTo("0.00");
    assertThat(total("2014/15", "SP005")).isEqualByComparingTo("183000.00");
  }

  @Test
  void aContractsYearlyAmountsSumExactlyToItsValue() {
    activeContract(
        "CCG", "SP006", provider, "REHABILITATION", "100.00", "2013-06-15", "2016-02-10");
    activeContract(
        "CCG", "SP006", provider, "COMMUNITY_HEALTH_SERVICES", "0.01", "2013-06-15", "2015-02-10");
    BigDecimal sum = BigDecimal.ZERO;
    for (String year : List.of("2013/14", "2014/15", "2015/16")) {
      sum = sum.add(total(year, "SP006"));
    }
    assertThat(sum).isEqualByComparingTo("100.01");
    JsonPath first = spend("2013/14", "SP006");
    assertThat(first.getList("commissioners[0].categories.category"))
        .containsExactly("COMMUNITY_HEALTH_SERVICES", "REHABILITATION");
  }

  @Test
  void filtersByCommissionerKindAndCategory() {
    activeContract(
        "CCG",
        "SP007",
        provider,
        "MENTAL_HEALTH_AND_LEARNING_DISABILITY",
        "500.00",
        "2013-04-01",
        "2014-04-01");
    activeContract(
        "NHS_ENGLAND", "X24", provider, "PHARMACY", "800.00", "2013-04-01", "2014-04-01");
    JsonPath nhsEngland =
        exact(
            given()
                .queryParam("financialYear", "2013/14")
                .queryParam("commissionerKind", "NHS_ENGLAND")
                .get("/spend")
                .then()
                .statusCode(200)
                .extract()
                .response());
    assertThat(nhsEngland.getList("commissioners.code")).containsExactly("X24");
    JsonPath mentalHealth =
        exact(
            given()
                .queryParam("financialYear", "2013/14")
                .queryParam("category", "MENTAL_HEALTH_AND_LEARNING_DISABILITY")
                .queryParam("commissioner", "SP007")
                .get("/spend")
                .then()
                .statusCode(200)
                .extract()
                .response());
    assertThat((BigDecimal) mentalHealth.get("total")).isEqualByComparingTo("500.00");
  }

  @Test
  void invalidQuestionsAreRefusedWithTheFailingFields() {
    assertThat(failingFields(assertProblem(given().get("/spend"), 400, "validation-failed")))
        .containsExactly("financialYear");
    for (String year : List.of("2013-14", "2013/15", "13/14")) {
      assertThat(
              failingFields(
                  assertProblem(
                      given().queryParam("financialYear", year).get("/spend"),
                      400,
                      "validation-failed")))
          .containsExactly("financialYear");
    }
    assertProblem(
        given()
            .queryParam("financialYear", "2013/14")
            .queryParam("commissionerKind", "PCT")
            .get("/spend"),
        400,
        "validation-failed");
    assertThat(
            failingFields(
                assertProblem(
                    given()
                        .queryParam("financialYear", "2013/14")
                        .queryParam("category", "CHIROPODY")
                        .get("/spend"),
                    400,
                    "validation-failed")))
        .containsExactly("category");
  }
}
