package org.landscape.commissioning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.commissioning.Fixtures.contract;
import static org.landscape.commissioning.Fixtures.draft;
import static org.landscape.commissioning.Fixtures.editor;
import static org.landscape.commissioning.Fixtures.newProvider;
import static org.landscape.commissioning.Fixtures.newReference;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service categories and the dated rules of who may commission them. */
@QuarkusTest
@ConnectWireMock
class CommissioningRuleTest {

  WireMock wiremock;

  @BeforeEach
  void peersAnswer() throws Exception {
    Fixtures.peersAnswer(wiremock);
  }

  static JsonPath rules(Map<String, ?> query) {
    return given()
        .queryParams(query)
        .queryParam("limit", 500)
        .get("/commissioning-rules")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static Map<String, Object> rule(
      String category, String kind, String arrangement, String from, String to) {
    Map<String, Object> body = new HashMap<>();
    body.put("category", category);
    body.put("commissionerKind", kind);
    body.put("arrangement", arrangement);
    body.put("validFrom", from);
    body.put("validTo", to);
    return body;
  }

  @Test
  void theThirteenCategoriesOfThe2013Settlement() {
    JsonPath categories =
        given().get("/service-categories").then().statusCode(200).extract().jsonPath();
    assertThat(categories.getLong("total")).isEqualTo(13);
    assertThat(categories.getList("items.code", String.class))
        .startsWith("ELECTIVE_HOSPITAL_CARE", "REHABILITATION", "URGENT_AND_EMERGENCY_CARE")
        .contains(
            "DENTISTRY",
            "SPECIALISED_SERVICES",
            "LIFESTYLE_WEIGHT_MANAGEMENT_TIER_2",
            "PUBLIC_HEALTH");
    assertThat(
            categories.getString(
                "items.find { it.code == 'URGENT_AND_EMERGENCY_CARE' }.ccgResponsibility"))
        .isEqualTo("PRESENCE");
    assertThat(categories.getString("items.find { it.code == 'DENTISTRY' }.name"))
        .isEqualTo("dentistry");
  }

  @Test
  void fromApril2013EachCategoryHasOneKindOfCommissioner() {
    JsonPath settlement = rules(Map.of("asOf", "2013-04-01"));
    List<Map<String, Object>> items = settlement.getList("items");
    assertThat(items).hasSize(13);
    Map<Object, Object> kindOf =
        items.stream()
            .collect(Collectors.toMap(r -> r.get("category"), r -> r.get("commissionerKind")));
    assertThat(kindOf)
        .containsEntry("ELECTIVE_HOSPITAL_CARE", "CCG")
        .containsEntry("URGENT_AND_EMERGENCY_CARE", "CCG")
        .containsEntry("SPECIALIST_OBESITY_TIER_3", "CCG")
        .containsEntry("GENERAL_PRACTICE", "NHS_ENGLAND")
        .containsEntry("DENTISTRY", "NHS_ENGLAND")
        .containsEntry("SPECIALISED_SERVICES", "NHS_ENGLAND")
        .containsEntry("LIFESTYLE_WEIGHT_MANAGEMENT_TIER_2", "LOCAL_AUTHORITY")
        .containsEntry("PUBLIC_HEALTH", "LOCAL_AUTHORITY");
    assertThat(items).allSatisfy(r -> assertThat(r.get("arrangement")).isEqualTo("DIRECT"));
    assertThat(rules(Map.of("asOf", "2013-03-31")).getList("items")).isEmpty();
    assertThat(rules(Map.of("category", "DENTISTRY")).getList("items.commissionerKind"))
        .containsExactlyInAnyOrder("NHS_ENGLAND", "ICB");
    assertThat(
            rules(Map.of("commissionerKind", "LOCAL_AUTHORITY", "asOf", "2014-01-01"))
                .getList("items.category"))
        .containsExactlyInAnyOrder("LIFESTYLE_WEIGHT_MANAGEMENT_TIER_2", "PUBLIC_HEALTH");
    long id = rules(Map.of("category", "DENTISTRY")).getLong("items[0].id");
    given().get("/commissioning-rules/" + id).then().statusCode(200);
  }

  @Test
  void aLaterRuleLetsCcgsCommissionGeneralPracticeUnderDelegation() {
    String provider = newProvider();
    JsonPath refusedBefore =
        assertProblem(
            draft(
                contract(
                    newReference(),
                    "CCG",
                    "00C",
                    provider,
                    "GENERAL_PRACTICE",
                    100000,
                    "2016-04-01",
                    "2017-04-01")),
            422,
            "rule-violated");
    assertThat(refusedBefore.getString("detail"))
        .contains(
            "general practice (primary medical services) is commissioned by NHS England, not by a CCG");

    Response added =
        editor()
            .body(rule("GENERAL_PRACTICE", "CCG", "DELEGATED", "2015-04-01", "2022-07-01"))
            .post("/commissioning-rules");
    added.then().statusCode(201);
    assertThat(added.header("Location"))
        .endsWith("/commissioning-rules/" + added.jsonPath().getLong("id"));
    assertThat(
            rules(Map.of("category", "GENERAL_PRACTICE", "asOf", "2016-01-01"))
                .getList("items.commissionerKind"))
        .containsExactlyInAnyOrder("NHS_ENGLAND", "CCG");
    assertThat(
            rules(Map.of("category", "GENERAL_PRACTICE", "asOf", "2015-03-31"))
                .getList("items.commissionerKind"))
        .containsExactly("NHS_ENGLAND");

    draft(
            contract(
                newReference(),
                "CCG",
                "00C",
                provider,
                "GENERAL_PRACTICE",
                100000,
                "2016-04-01",
                "2017-04-01"))
        .then()
        .statusCode(201);
    assertProblem(
        draft(
            contract(
                newReference(),
                "CCG",
                "00C",
                provider,
                "GENERAL_PRACTICE",
                100000,
                "2014-04-01",
                "2015-04-01")),
        422,
        "rule-violated");
    JsonPath whoPays =
        given()
            .queryParam("category", "GENERAL_PRACTICE")
            .queryParam("date", "2016-01-01")
            .queryParam("residence", "E06000005")
            .get("/responsible-commissioner")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(whoPays.getString("commissioner.code")).isEqualTo("X24");
    assertThat(whoPays.getString("explanation"))
        .contains("A CCG may also commission it (delegated, from 2015-04-01)");
  }

  @Test
  void from1July2022TheIcbsCommissionWhatTheCcgsDidAndHoldPrimaryCareDelegated() {
    JsonPath lastCcgDay = rules(Map.of("asOf", "2022-06-30", "commissionerKind", "CCG"));
    assertThat(lastCcgDay.getList("items.category")).hasSize(6);
    assertThat(rules(Map.of("asOf", "2022-07-01", "commissionerKind", "CCG")).getList("items"))
        .isEmpty();
    JsonPath icbs = rules(Map.of("asOf", "2022-07-01", "commissionerKind", "ICB"));
    Map<Object, Object> arrangementOf =
        icbs.getList("items", Map.class).stream()
            .collect(Collectors.toMap(r -> r.get("category"), r -> r.get("arrangement")));
    assertThat(arrangementOf)
        .containsEntry("ELECTIVE_HOSPITAL_CARE", "DIRECT")
        .containsEntry("URGENT_AND_EMERGENCY_CARE", "DIRECT")
        .containsEntry("GENERAL_PRACTICE", "DELEGATED")
        .doesNotContainKeys("DENTISTRY", "SPECIALISED_SERVICES")
        .hasSize(7);
    assertThat(
            rules(Map.of("asOf", "2023-04-01", "commissionerKind", "ICB"))
                .getList("items.category", String.class))
        .contains("DENTISTRY", "PHARMACY", "PRIMARY_EYE_CARE")
        .doesNotContain("SPECIALISED_SERVICES");
    assertThat(icbs.getString("items[0].note")).contains("Health and Care Act 2022");

    JsonPath ccgAfter =
        assertProblem(
            editor()
                .body(rule("SPECIALISED_SERVICES", "CCG", "DELEGATED", "2021-04-01", null))
                .post("/commissioning-rules"),
            422,
            "rule-violated");
    assertThat(ccgAfter.getString("detail")).contains("CCGs were abolished on 2022-07-01");
    JsonPath icbBefore =
        assertProblem(
            editor()
                .body(rule("SPECIALISED_SERVICES", "ICB", "DELEGATED", "2021-04-01", null))
                .post("/commissioning-rules"),
            422,
            "rule-violated");
    assertThat(icbBefore.getString("detail")).contains("ICBs were established on 2022-07-01");
    assertThat(rules(Map.of("category", "SPECIALISED_SERVICES")).getList("items")).hasSize(1);
  }

  @Test
  void rulesOfOneKindMustNotOverlapAndOneKindAtATimeIsDirect() {
    editor()
        .body(rule("PHARMACY", "LOCAL_AUTHORITY", "JOINT", "2020-04-01", "2021-04-01"))
        .post("/commissioning-rules")
        .then()
        .statusCode(201);
    JsonPath overlap =
        assertProblem(
            editor()
                .body(rule("PHARMACY", "LOCAL_AUTHORITY", "DELEGATED", "2020-10-01", null))
                .post("/commissioning-rules"),
            409,
            "conflict");
    assertThat(overlap.getString("detail")).contains("must not overlap");
    editor()
        .body(rule("PHARMACY", "LOCAL_AUTHORITY", "JOINT", "2021-04-01", null))
        .post("/commissioning-rules")
        .then()
        .statusCode(201);
    JsonPath secondDirect =
        assertProblem(
            editor()
                .body(rule("DENTISTRY", "LOCAL_AUTHORITY", "DIRECT", "2019-04-01", null))
                .post("/commissioning-rules"),
            409,
            "conflict");
    assertThat(secondDirect.getString("detail"))
        .contains("NHS England answers directly for dentistry");
  }

  @Test
  void invalidRulesAreRefusedWithTheFailingFields() {
    assertThat(
            failingFields(
                assertProblem(
                    editor().body(Map.of()).post("/commissioning-rules"),
                    400,
                    "validation-failed")))
        .containsExactlyInAnyOrder("category", "commissionerKind", "arrangement", "validFrom");
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .body(rule("NOT_A_CATEGORY", "CCG", "DIRECT", "2020-04-01", null))
                        .post("/commissioning-rules"),
                    400,
                    "validation-failed")))
        .containsExactly("category");
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .body(
                            rule("REHABILITATION", "CCG", "DELEGATED", "2020-04-01", "2020-04-01"))
                        .post("/commissioning-rules"),
                    400,
                    "validation-failed")))
        .containsExactly("validTo");
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .body(rule("REHABILITATION", "PCT", "DIRECT", "2020-04-01", null))
                        .post("/commissioning-rules"),
                    400,
                    "validation-failed")))
        .containsExactly("commissionerKind");
    assertProblem(
        given().queryParam("category", "dentistry").get("/commissioning-rules"),
        400,
        "validation-failed");
    assertProblem(
        given().queryParam("asOf", "April").get("/commissioning-rules"), 400, "validation-failed");
    assertProblem(given().get("/commissioning-rules/999999"), 404, "not-found");
    assertProblem(given().get("/commissioning-rules/abc"), 400, "validation-failed");
    assertProblem(
        given().queryParam("limit", 501).get("/service-categories"), 400, "validation-failed");
  }

  @Test
  void addingARuleNeedsTheEditorRole() {
    Map<String, Object> body =
        rule("REHABILITATION", "LOCAL_AUTHORITY", "JOINT", "2030-04-01", null);
    assertProblem(
        given().contentType(ContentType.JSON).body(body).post("/commissioning-rules"),
        401,
        "unauthenticated");
    assertProblem(
        Fixtures.as("importer").body(body).post("/commissioning-rules"), 403, "forbidden");
    assertThat(
            rules(Map.of("category", "REHABILITATION", "asOf", "2030-06-01"))
                .getList("items.commissionerKind"))
        .containsExactly("ICB");
  }
}
