package org.landscape.commissioning;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.ccg.api.CcgStatus;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.ccg.api.GoverningBodySeatView;
import org.landscape.common.paging.Page;
import org.landscape.testsupport.PeerJson;

/**
 * The consistency report's governing-body independence rule: seats and their employers read from
 * ccg-service (stubbed), contracts held here; the other peers answer with nothing to check.
 */
@QuarkusTest
@ConnectWireMock
class ConsistencyReportTest {

  private static final String RULE = "CLINICIAN_EMPLOYED_BY_CONTRACTED_PROVIDER";

  WireMock wiremock;

  @BeforeEach
  void peersAnswer() throws Exception {
    Fixtures.peersAnswer(wiremock);
    CcgSummary darlington =
        new CcgSummary(
            "00C",
            null,
            "NHS Darlington CCG",
            CcgStatus.OPERATIONAL,
            LocalDate.of(2013, 4, 1),
            LocalDate.of(2020, 4, 1),
            null,
            null);
    wiremock.register(
        get(urlPathEqualTo("/ccgs"))
            .withQueryParam("status", equalTo("ANY"))
            .willReturn(okJson(PeerJson.write(new Page<>(List.of(darlington), 1, 500, 0)))));
    for (String path : List.of("/memberships", "/boards", "/ccg-representatives")) {
      wiremock.register(
          get(urlPathEqualTo(path))
              .willReturn(okJson(PeerJson.write(new Page<>(List.of(), 0, 500, 0)))));
    }
    wiremock.register(
        get(urlPathEqualTo("/local-authorities"))
            .willReturn(okJson(PeerJson.write(new Page<>(List.of(), 0, 500, 0)))));
  }

  private void seats(GoverningBodySeatView... seats) {
    wiremock.register(
        get(urlPathEqualTo("/governing-body-seats"))
            .withQueryParam("employerNamed", equalTo("true"))
            .willReturn(okJson(PeerJson.write(new Page<>(List.of(seats), seats.length, 500, 0)))));
  }

  private static JsonPath report(String asOf) {
    return given()
        .queryParam("asOf", asOf)
        .queryParam("rule", RULE)
        .queryParam("ccg", "00C")
        .get("/consistency-report")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aNurseEmployedByAProviderOfHerCcgIsListedWhileTheContractIsInForce() {
    String provider = Fixtures.newProvider();
    String contract =
        Fixtures.activeContract(
            "CCG",
            "00C",
            provider,
            "ELECTIVE_HOSPITAL_CARE",
            "500000.00",
            "2014-04-01",
            "2016-04-01");
    seats(
        new GoverningBodySeatView(
            41,
            "00C",
            "Nina Nurse",
            Set.of("REGISTERED_NURSE"),
            LocalDate.of(2013, 4, 1),
            null,
            provider),
        new GoverningBodySeatView(
            42, "00C", "Dr Gail GP", Set.of("GP"), LocalDate.of(2013, 4, 1), null, provider));

    JsonPath during = report("2015-06-01");
    assertThat(during.getBoolean("consistent")).isFalse();
    assertThat(during.getInt("counts." + RULE)).isEqualTo(1);
    assertThat(during.getInt("checked.governingBodySeatsNamingAnEmployer")).isEqualTo(2);
    assertThat(during.getList("violations.rule")).containsExactly(RULE);
    assertThat(during.getMap("violations[0].records"))
        .isEqualTo(Map.of("ccg", "00C", "seat", "41", "provider", provider, "contract", contract));
    assertThat(during.getString("violations[0].detail")).contains("Nina Nurse", provider, contract);

    assertThat(report("2014-04-01").getList("violations")).as("its first day").hasSize(1);
    assertThat(report("2016-03-31").getList("violations")).as("its last day").hasSize(1);
    assertThat(report("2014-03-31").getInt("counts." + RULE)).as("before it").isZero();
    assertThat(report("2016-04-01").getInt("counts." + RULE)).as("after it").isZero();
    assertThat(
            given()
                .queryParam("asOf", "2015-06-01")
                .queryParam("rule", RULE)
                .queryParam("ccg", "13T")
                .get("/consistency-report")
                .jsonPath()
                .getList("violations"))
        .as("another CCG's violations only")
        .isEmpty();
  }

  @Test
  void aBadCcgCodeIsRefusedAndAnUnreachableRegisterIsA503() {
    assertProblem(
        given().queryParam("ccg", "0C").get("/consistency-report"), 400, "validation-failed");
    wiremock.register(
        get(urlPathEqualTo("/governing-body-seats"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertProblem(
        given().queryParam("asOf", "2015-06-01").get("/consistency-report"),
        503,
        "peer-unavailable");
  }
}
