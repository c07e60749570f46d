package org.landscape.commissioning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.commissioning.Fixtures.activate;
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
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.testsupport.ChangeFeedProbe;

/**
 * A contract's life: revised as a draft, activated, expired, terminated or novated; its history.
 */
@QuarkusTest
@ConnectWireMock
class ContractLifecycleTest {

  WireMock wiremock;

  private static String provider;

  @BeforeEach
  void peersAnswer() throws Exception {
    Fixtures.peersAnswer(wiremock);
    if (provider == null) {
      provider = newProvider();
    }
  }

  static Map<String, Object> terms(String ccg, String value) {
    Map<String, Object> terms =
        contract(
            null,
            "CCG",
            ccg,
            provider,
            "MENTAL_HEALTH_AND_LEARNING_DISABILITY",
            new BigDecimal(value),
            "2014-04-01",
            "2016-04-01");
    terms.remove("reference");
    return terms;
  }

  static String state(String reference, String asOf) {
    return given()
        .queryParam("asOf", asOf)
        .get("/contracts/" + reference)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getString("state");
  }

  static List<Map<String, Object>> history(String reference) {
    return given()
        .get("/contracts/" + reference + "/history")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  static Response terminate(String reference, String date, String reason) {
    return editor()
        .header("If-Match", etag(reference))
        .body(reason == null ? Map.of("date", date) : Map.of("date", date, "reason", reason))
        .post("/contracts/" + reference + "/termination");
  }

  static Response novate(String reference, String date, String ccg, String successorReference) {
    return editor()
        .header("If-Match", etag(reference))
        .body(
            Map.of(
                "date", date,
                "successor", Map.of("kind", "CCG", "code", ccg),
                "successorReference", successorReference))
        .post("/contracts/" + reference + "/novation");
  }

  @Test
  void aDraftIsRevisedOnlyWithTheETagLastRead() {
    String reference = newReference();
    Map<String, Object> body = terms("00C", "1000.00");
    body.put("reference", reference);
    draft(body).then().statusCode(201);
    String path = "/contracts/" + reference;
    Map<String, Object> revised = terms("00K", "2000.50");
    assertProblem(editor().body(revised).put(path), 428, "precondition-required");
    assertProblem(
        editor().header("If-Match", "\"7\"").body(revised).put(path), 412, "precondition-failed");
    Response updated = editor().header("If-Match", "\"0\"").body(revised).put(path);
    updated.then().statusCode(200);
    assertThat(updated.header("ETag")).isEqualTo("\"1\"");
    JsonPath contract = exact(given().get(path));
    assertThat(contract.getString("commissioner.code")).isEqualTo("00K");
    assertThat((BigDecimal) contract.get("value")).isEqualByComparingTo("2000.50");
    assertProblem(
        editor().header("If-Match", "\"0\"").body(revised).put(path), 412, "precondition-failed");
    Map<String, Object> invalid = terms("00K", "1.000");
    assertThat(
            failingFields(
                assertProblem(
                    editor().header("If-Match", "\"1\"").body(invalid).put(path),
                    400,
                    "validation-failed")))
        .containsExactly("value");
    assertProblem(
        editor().header("If-Match", "\"0\"").body(revised).put("/contracts/NOPE-1"),
        404,
        "not-found");
    assertThat(history(reference))
        .extracting(entry -> entry.get("changeType"))
        .containsExactly("CREATED", "UPDATED");
  }

  @Test
  void anActiveContractIsInForceOverItsPeriodThenExpiresAndCannotBeRevised() {
    String reference = newReference();
    Map<String, Object> body = terms("00C", "1000.00");
    body.put("reference", reference);
    draft(body).then().statusCode(201);
    assertProblem(
        editor().post("/contracts/" + reference + "/activation"), 428, "precondition-required");
    Response active = activate(reference);
    active.then().statusCode(200);
    assertThat(active.jsonPath().getString("status")).isEqualTo("ACTIVE");
    assertThat(active.header("ETag")).isEqualTo("\"1\"");
    assertThat(state(reference, "2014-03-31")).isEqualTo("NOT_STARTED");
    assertThat(state(reference, "2014-04-01")).isEqualTo("IN_FORCE");
    assertThat(state(reference, "2016-03-31")).isEqualTo("IN_FORCE");
    assertThat(state(reference, "2016-04-01")).isEqualTo("EXPIRED");
    assertThat(given().get("/contracts/" + reference).jsonPath().getString("state"))
        .isEqualTo("EXPIRED");
    assertProblem(activate(reference), 409, "conflict");
    assertProblem(
        editor()
            .header("If-Match", "\"1\"")
            .body(terms("00C", "5.00"))
            .put("/contracts/" + reference),
        409,
        "conflict");
    assertProblem(
        editor().header("If-Match", "\"1\"").post("/contracts/NOPE-2/activation"),
        404,
        "not-found");
  }

  @Test
  void terminationEndsAnActiveContractOnADateWithinItsPeriod() {
    String reference =
        activeContract(
            "CCG", "00C", provider, "REHABILITATION", "730000", "2014-04-01", "2016-04-01");
    assertThat(
            failingFields(
                assertProblem(
                    terminate(reference, "2016-04-01", "late"), 400, "validation-failed")))
        .containsExactly("date");
    assertThat(
            failingFields(
                assertProblem(
                    terminate(reference, "2014-03-31", "early"), 400, "validation-failed")))
        .containsExactly("date");
    assertThat(
            failingFields(
                assertProblem(terminate(reference, "2015-01-01", null), 400, "validation-failed")))
        .containsExactly("reason");
    Response terminated = terminate(reference, "2015-01-01", "Service decommissioned");
    terminated.then().statusCode(200);
    assertThat(terminated.jsonPath().getString("status")).isEqualTo("TERMINATED");
    assertThat(terminated.jsonPath().getString("terminatedOn")).isEqualTo("2015-01-01");
    assertThat(terminated.jsonPath().getString("terminationReason"))
        .isEqualTo("Service decommissioned");
    assertThat(state(reference, "2014-12-31")).isEqualTo("IN_FORCE");
    assertThat(state(reference, "2015-01-01")).isEqualTo("TERMINATED");
    assertProblem(terminate(reference, "2015-02-01", "again"), 409, "conflict");

    String draftOnly = newReference();
    Map<String, Object> body = terms("00C", "10.00");
    body.put("reference", draftOnly);
    draft(body).then().statusCode(201);
    assertProblem(terminate(draftOnly, "2015-01-01", "never started"), 409, "conflict");
  }

  @Test
  void novationHandsTheRestOfThePeriodAndValueToASuccessor() {
    String original =
        activeContract(
            "CCG",
            "09C",
            provider,
            "ELECTIVE_HOSPITAL_CARE",
            "731000.00",
            "2014-04-01",
            "2016-04-01");
    String successor = newReference();
    Response novated = novate(original, "2015-04-01", "99J", successor);
    novated.then().statusCode(201);
    assertThat(novated.header("Location")).endsWith("/contracts/" + successor);

    JsonPath before = exact(given().queryParam("asOf", "2015-03-31").get("/contracts/" + original));
    assertThat(before.getString("status")).isEqualTo("NOVATED");
    assertThat(before.getString("state")).isEqualTo("IN_FORCE");
    assertThat(before.getString("novatedOn")).isEqualTo("2015-04-01");
    assertThat(before.getString("successorReference")).isEqualTo(successor);
    assertThat(state(original, "2015-04-01")).isEqualTo("NOVATED");

    JsonPath next = exact(given().queryParam("asOf", "2015-04-01").get("/contracts/" + successor));
    assertThat(next.getString("status")).isEqualTo("ACTIVE");
    assertThat(next.getString("state")).isEqualTo("IN_FORCE");
    assertThat(next.getString("commissioner.code")).isEqualTo("99J");
    assertThat(next.getString("commissioner.name")).isEqualTo("NHS West Kent CCG");
    assertThat(next.getString("providerCode")).isEqualTo(provider);
    assertThat(next.getString("category")).isEqualTo("ELECTIVE_HOSPITAL_CARE");
    assertThat(next.getString("startDate")).isEqualTo("2015-04-01");
    assertThat(next.getString("endDate")).isEqualTo("2016-04-01");
    assertThat(next.getString("predecessorReference")).isEqualTo(original);
    // 366 of the 731 days remain
    assertThat((BigDecimal) next.get("value")).isEqualByComparingTo("366000.00");

    assertThat(history(original))
        .extracting(entry -> entry.get("changeType"))
        .containsExactly("CREATED", "UPDATED", "UPDATED");
    assertThat(history(original).getLast().toString()).contains("NOVATED");
    assertThat(history(successor))
        .extracting(entry -> entry.get("changeType"))
        .containsExactly("CREATED");
    assertProblem(novate(original, "2015-06-01", "09J", newReference()), 409, "conflict");
  }

  @Test
  void aNovationIsCheckedAsANewContractWouldBe() {
    String original =
        activeContract(
            "CCG",
            "09C",
            provider,
            "ELECTIVE_HOSPITAL_CARE",
            "1000.00",
            "2014-04-01",
            "2016-04-01");
    assertProblem(novate(original, "2015-04-01", "09C", newReference()), 422, "rule-violated");
    assertThat(
            failingFields(
                assertProblem(
                    novate(original, "2014-04-01", "99J", newReference()),
                    400,
                    "validation-failed")))
        .containsExactly("date");
    assertThat(
            failingFields(
                assertProblem(
                    novate(original, "2015-04-01", "9J", newReference()),
                    400,
                    "validation-failed")))
        .containsExactly("successor.code");
    assertThat(
            assertProblem(
                    novate(original, "2015-04-01", "00F", newReference()), 422, "rule-violated")
                .getString("detail"))
        .contains("00F");
    assertProblem(novate(original, "2015-04-01", "99J", original), 409, "conflict");
    JsonPath councilForElective =
        assertProblem(
            editor()
                .header("If-Match", etag(original))
                .body(
                    Map.of(
                        "date", "2015-04-01",
                        "successor", Map.of("kind", "LOCAL_AUTHORITY", "code", "E10000016"),
                        "successorReference", newReference()))
                .post("/contracts/" + original + "/novation"),
            422,
            "rule-violated");
    assertThat(councilForElective.getString("detail"))
        .contains("elective hospital care is commissioned by a CCG, not by a local authority");
    assertThat(
            failingFields(
                assertProblem(
                    editor()
                        .header("If-Match", etag(original))
                        .body(Map.of("date", "2015-04-01"))
                        .post("/contracts/" + original + "/novation"),
                    400,
                    "validation-failed")))
        .containsExactlyInAnyOrder("successor", "successorReference");

    long before = ChangeFeedProbe.latestSequence();
    CcgStub.beUnreachable(wiremock);
    String successor = newReference();
    assertProblem(novate(original, "2015-04-01", "99J", successor), 503, "peer-unavailable");
    assertProblem(given().get("/contracts/" + successor), 404, "not-found");
    assertThat(given().get("/contracts/" + original).jsonPath().getString("status"))
        .isEqualTo("ACTIVE");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
  }

  @Test
  void contractsAreFoundByCommissionerProviderCategoryStatusAndDate() {
    String own = newProvider();
    String active =
        activeContract("CCG", "00K", own, "REHABILITATION", "100", "2013-04-01", "2014-04-01");
    String later =
        activeContract(
            "CCG", "00C", own, "COMMUNITY_HEALTH_SERVICES", "100", "2014-04-01", "2015-04-01");
    String drafted = newReference();
    draft(
            contract(
                drafted, "NHS_ENGLAND", "X24", own, "DENTISTRY", 100, "2013-04-01", "2015-04-01"))
        .then()
        .statusCode(201);
    assertThat(search(Map.of("provider", own))).containsExactly(active, later, drafted);
    assertThat(search(Map.of("provider", own, "status", "ACTIVE"))).containsExactly(active, later);
    assertThat(search(Map.of("provider", own, "status", "DRAFT"))).containsExactly(drafted);
    assertThat(search(Map.of("provider", own, "commissioner", "00K"))).containsExactly(active);
    assertThat(search(Map.of("provider", own, "commissionerKind", "NHS_ENGLAND")))
        .containsExactly(drafted);
    assertThat(search(Map.of("provider", own, "category", "COMMUNITY_HEALTH_SERVICES")))
        .containsExactly(later);
    assertThat(search(Map.of("provider", own, "asOf", "2013-06-01")))
        .containsExactly(active, drafted);
    assertThat(search(Map.of("provider", own, "asOf", "2014-04-01")))
        .containsExactly(later, drafted);
    JsonPath page =
        given()
            .queryParam("provider", own)
            .queryParam("limit", 1)
            .queryParam("offset", 1)
            .get("/contracts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getLong("total")).isEqualTo(3);
    assertThat(page.getList("items.reference")).containsExactly(later);
    assertProblem(given().queryParam("status", "LIVE").get("/contracts"), 400, "validation-failed");
    assertProblem(given().queryParam("asOf", "soon").get("/contracts"), 400, "validation-failed");
    assertProblem(
        given().queryParam("commissioner", "nope").get("/contracts"), 400, "validation-failed");
    assertProblem(given().queryParam("offset", -1).get("/contracts"), 400, "validation-failed");
  }

  private static List<String> search(Map<String, ?> query) {
    return given()
        .queryParams(query)
        .get("/contracts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.reference", String.class);
  }
}
