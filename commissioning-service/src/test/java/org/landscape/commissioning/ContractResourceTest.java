package org.landscape.commissioning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.commissioning.Fixtures.contract;
import static org.landscape.commissioning.Fixtures.draft;
import static org.landscape.commissioning.Fixtures.editor;
import static org.landscape.commissioning.Fixtures.exact;
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
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.testsupport.ChangeFeedProbe;

/** Drafting contracts: who may commission what, the commissioner's checks with its peer, value. */
@QuarkusTest
@ConnectWireMock
class ContractResourceTest {

  WireMock wiremock;

  private static String provider;

  @BeforeEach
  void peersAnswer() throws Exception {
    Fixtures.peersAnswer(wiremock);
    if (provider == null) {
      provider = newProvider();
    }
  }

  static Map<String, Object> ccgContract(String ccg, String category) {
    return contract(
        newReference(),
        "CCG",
        ccg,
        provider,
        category,
        new BigDecimal("365000.00"),
        "2013-10-01",
        "2014-10-01");
  }

  @Test
  void aCcgContractForElectiveCareIsAccepted() {
    Map<String, Object> body = ccgContract("00C", "ELECTIVE_HOSPITAL_CARE");
    String reference = (String) body.get("reference");
    Response created = draft(body);
    created.then().statusCode(201);
    assertThat(created.header("Location")).endsWith("/contracts/" + reference);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    JsonPath contract = exact(given().get("/contracts/" + reference));
    assertThat(contract.getString("status")).isEqualTo("DRAFT");
    assertThat(contract.getString("state")).isEqualTo("DRAFT");
    assertThat(contract.getString("commissioner.kind")).isEqualTo("CCG");
    assertThat(contract.getString("commissioner.code")).isEqualTo("00C");
    assertThat(contract.getString("commissioner.name")).isEqualTo("NHS Darlington CCG");
    assertThat(contract.getString("providerCode")).isEqualTo(provider);
    assertThat(contract.getString("category")).isEqualTo("ELECTIVE_HOSPITAL_CARE");
    assertThat((BigDecimal) contract.get("value")).isEqualByComparingTo("365000.00");
    assertThat(given().get("/contracts/" + reference).asString()).contains("\"value\":365000.00");
    assertThat(contract.getString("startDate")).isEqualTo("2013-10-01");
    assertThat(contract.getString("endDate")).isEqualTo("2014-10-01");
    assertProblem(draft(body), 409, "conflict");
  }

  @Test
  void aCcgContractForDentistryIsRefusedNamingWhoCommissionsIt() {
    Map<String, Object> body = ccgContract("00C", "DENTISTRY");
    JsonPath problem = assertProblem(draft(body), 422, "rule-violated");
    assertThat(problem.getString("detail"))
        .contains("dentistry is commissioned by NHS England, not by a CCG");
    assertProblem(given().get("/contracts/" + body.get("reference")), 404, "not-found");
  }

  @Test
  void aCcgContractForTier2WeightManagementIsRefusedNamingWhoCommissionsIt() {
    JsonPath problem =
        assertProblem(
            draft(ccgContract("00C", "LIFESTYLE_WEIGHT_MANAGEMENT_TIER_2")), 422, "rule-violated");
    assertThat(problem.getString("detail"))
        .contains(
            "lifestyle weight management (tier 2) is commissioned by a local authority, not by a CCG");
  }

  @Test
  void anNhsEnglandContractForSpecialisedServicesIsAccepted() {
    String reference = newReference();
    draft(
            contract(
                reference,
                "NHS_ENGLAND",
                "X24",
                provider,
                "SPECIALISED_SERVICES",
                new BigDecimal("2500000"),
                "2013-04-01",
                "2016-04-01"))
        .then()
        .statusCode(201);
    JsonPath contract = exact(given().get("/contracts/" + reference));
    assertThat(contract.getString("commissioner.name")).isEqualTo("NHS England");
    assertThat((BigDecimal) contract.get("value")).isEqualByComparingTo("2500000.00");
    assertThat(
            failingFields(
                assertProblem(
                    draft(
                        contract(
                            newReference(),
                            "NHS_ENGLAND",
                            "00C",
                            provider,
                            "DENTISTRY",
                            10,
                            "2013-04-01",
                            "2014-04-01")),
                    400,
                    "validation-failed")))
        .containsExactly("commissioner.code");
    JsonPath notNhsEnglands =
        assertProblem(
            draft(
                contract(
                    newReference(),
                    "NHS_ENGLAND",
                    "X24",
                    provider,
                    "ELECTIVE_HOSPITAL_CARE",
                    10,
                    "2013-04-01",
                    "2014-04-01")),
            422,
            "rule-violated");
    assertThat(notNhsEnglands.getString("detail"))
        .contains("elective hospital care is commissioned by a CCG, not by NHS England");
  }

  @Test
  void aCouncilContractNeedsAnUpperTierCouncilThatHwbServiceKnows() {
    String reference = newReference();
    draft(
            contract(
                reference,
                "LOCAL_AUTHORITY",
                "E10000016",
                provider,
                "PUBLIC_HEALTH",
                50000,
                "2014-04-01",
                "2015-04-01"))
        .then()
        .statusCode(201);
    assertThat(given().get("/contracts/" + reference).jsonPath().getString("commissioner.name"))
        .isEqualTo("Kent");
    JsonPath district =
        assertProblem(
            draft(
                contract(
                    newReference(),
                    "LOCAL_AUTHORITY",
                    "E07000105",
                    provider,
                    "LIFESTYLE_WEIGHT_MANAGEMENT_TIER_2",
                    50000,
                    "2014-04-01",
                    "2015-04-01")),
            422,
            "rule-violated");
    assertThat(district.getString("detail")).contains("district").contains("E10000016");
    JsonPath unknown =
        assertProblem(
            draft(
                contract(
                    newReference(),
                    "LOCAL_AUTHORITY",
                    "E06000099",
                    provider,
                    "PUBLIC_HEALTH",
                    50000,
                    "2014-04-01",
                    "2015-04-01")),
            422,
            "rule-violated");
    assertThat(unknown.getString("detail")).contains("E06000099").contains("does not exist");
  }

  @Test
  void aCcgMustExistAndBeOperationalOverTheWholePeriod() {
    Map<String, Object> pastItsClosure =
        contract(
            newReference(),
            "CCG",
            "00F",
            provider,
            "REHABILITATION",
            1000,
            "2014-04-01",
            "2016-04-01");
    JsonPath closed = assertProblem(draft(pastItsClosure), 422, "rule-violated");
    assertThat(closed.getString("detail")).contains("00F").contains("operational");
    Map<String, Object> beforeItOpened =
        contract(
            newReference(),
            "CCG",
            "13T",
            provider,
            "REHABILITATION",
            1000,
            "2014-04-01",
            "2016-04-01");
    assertProblem(draft(beforeItOpened), 422, "rule-violated");
    JsonPath unknown =
        assertProblem(draft(ccgContract("99Z", "REHABILITATION")), 422, "rule-violated");
    assertThat(unknown.getString("detail")).contains("99Z").contains("does not exist");
    draft(
            contract(
                newReference(),
                "CCG",
                "00F",
                provider,
                "REHABILITATION",
                1000,
                "2014-04-01",
                "2015-04-01"))
        .then()
        .statusCode(201);
  }

  @Test
  void theValueIsExactPoundsAndPenceNeverNegative() {
    Map<String, Object> body = ccgContract("00C", "COMMUNITY_HEALTH_SERVICES");
    body.put("value", new BigDecimal("1234567.89"));
    draft(body).then().statusCode(201);
    assertThat(given().get("/contracts/" + body.get("reference")).asString())
        .contains("\"value\":1234567.89");
    for (Object bad : new Object[] {new BigDecimal("100.005"), -1, "lots"}) {
      Map<String, Object> invalid = ccgContract("00C", "COMMUNITY_HEALTH_SERVICES");
      invalid.put("value", bad);
      assertThat(failingFields(assertProblem(draft(invalid), 400, "validation-failed")))
          .containsExactly("value");
    }
  }

  @Test
  void invalidContractsAreRefusedWithTheFailingFields() {
    assertThat(failingFields(assertProblem(draft(Map.of()), 400, "validation-failed")))
        .containsExactlyInAnyOrder(
            "reference",
            "commissioner",
            "providerCode",
            "category",
            "value",
            "startDate",
            "endDate");
    Map<String, Object> backwards = ccgContract("00C", "REHABILITATION");
    backwards.put("endDate", "2013-10-01");
    assertThat(failingFields(assertProblem(draft(backwards), 400, "validation-failed")))
        .containsExactly("endDate");
    Map<String, Object> badParts = ccgContract("0C", "rehabilitation");
    badParts.put("reference", "not a reference!");
    badParts.put("commissioner", Map.of("kind", "PCT", "code", "5A1"));
    assertThat(failingFields(assertProblem(draft(badParts), 400, "validation-failed")))
        .containsExactly("commissioner.kind");
    Map<String, Object> badPatterns = ccgContract("00C", "rehabilitation");
    badPatterns.put("reference", "not a reference!");
    badPatterns.put("providerCode", "rx-1");
    assertThat(failingFields(assertProblem(draft(badPatterns), 400, "validation-failed")))
        .containsExactlyInAnyOrder("reference", "providerCode", "category");
    assertThat(
            failingFields(
                assertProblem(
                    draft(ccgContract("0C", "REHABILITATION")), 400, "validation-failed")))
        .containsExactly("commissioner.code");
    assertThat(
            failingFields(
                assertProblem(draft(ccgContract("00C", "PODIATRY")), 400, "validation-failed")))
        .containsExactly("category");
    Map<String, Object> badDate = ccgContract("00C", "REHABILITATION");
    badDate.put("startDate", "2013-02-30");
    assertThat(failingFields(assertProblem(draft(badDate), 400, "validation-failed")))
        .containsExactly("startDate");
    Map<String, Object> unknownField = ccgContract("00C", "REHABILITATION");
    unknownField.put("currency", "GBP");
    assertThat(failingFields(assertProblem(draft(unknownField), 400, "validation-failed")))
        .containsExactly("currency");
    assertProblem(editor().post("/contracts"), 400, "validation-failed");
    Map<String, Object> noSuchProvider = ccgContract("00C", "REHABILITATION");
    noSuchProvider.put("providerCode", "QQQ99");
    assertThat(assertProblem(draft(noSuchProvider), 422, "rule-violated").getString("detail"))
        .contains("QQQ99");
    assertProblem(given().get("/contracts/not a reference"), 400, "validation-failed");
    assertProblem(given().get("/contracts/NO-SUCH-CONTRACT"), 404, "not-found");
    assertProblem(given().get("/contracts/NO-SUCH-CONTRACT/history"), 404, "not-found");
  }

  @Test
  void theProviderMustBeOpenWhenTheContractStarts() {
    Map<String, Object> closing = new HashMap<>();
    closing.put("code", "IS901");
    closing.put("name", "CLOSED CLINIC");
    closing.put("kind", "INDEPENDENT_SECTOR");
    closing.put("openDate", "2000-01-01");
    closing.put("closeDate", "2013-01-01");
    editor().body(closing).post("/providers").then().statusCode(201);
    Map<String, Object> body = ccgContract("00C", "REHABILITATION");
    body.put("providerCode", "IS901");
    assertThat(assertProblem(draft(body), 422, "rule-violated").getString("detail"))
        .contains("IS901")
        .contains("not open");
  }

  @Test
  void everyContractWriteNeedsTheEditorRole() {
    Map<String, Object> body = ccgContract("00C", "REHABILITATION");
    assertProblem(
        given().contentType(ContentType.JSON).body(body).post("/contracts"),
        401,
        "unauthenticated");
    assertProblem(Fixtures.as("importer").body(body).post("/contracts"), 403, "forbidden");
    assertProblem(
        given()
            .auth()
            .oauth2(org.landscape.testsupport.TestTokens.expired("editor"))
            .contentType(ContentType.JSON)
            .body(body)
            .post("/contracts"),
        401,
        "unauthenticated");
    String reference =
        Fixtures.activeContract(
            "CCG", "00C", provider, "REHABILITATION", "1000", "2013-10-01", "2014-10-01");
    String path = "/contracts/" + reference;
    Map<String, Object> terms = new HashMap<>(body);
    terms.remove("reference");
    assertProblem(
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(terms).put(path),
        401,
        "unauthenticated");
    assertProblem(
        Fixtures.as("service").header("If-Match", "\"1\"").body(terms).put(path), 403, "forbidden");
    assertProblem(given().post(path + "/activation"), 401, "unauthenticated");
    assertProblem(Fixtures.as("importer").post(path + "/activation"), 403, "forbidden");
    Map<String, Object> termination = Map.of("date", "2014-04-01", "reason", "test");
    assertProblem(
        given().contentType(ContentType.JSON).body(termination).post(path + "/termination"),
        401,
        "unauthenticated");
    assertProblem(
        Fixtures.as("importer").body(termination).post(path + "/termination"), 403, "forbidden");
    Map<String, Object> novation =
        Map.of(
            "date", "2014-04-01",
            "successor", Map.of("kind", "CCG", "code", "00K"),
            "successorReference", newReference());
    assertProblem(
        given().contentType(ContentType.JSON).body(novation).post(path + "/novation"),
        401,
        "unauthenticated");
    assertProblem(
        Fixtures.as("importer").body(novation).post(path + "/novation"), 403, "forbidden");
    assertThat(given().get(path).jsonPath().getString("status")).isEqualTo("ACTIVE");
  }

  @Test
  void withAPeerDownTheContractIsRefusedAndNothingIsWritten() {
    CcgStub.beUnreachable(wiremock);
    HwbStub.beUnreachable(wiremock);
    long before = ChangeFeedProbe.latestSequence();
    Map<String, Object> ccgs = ccgContract("00C", "ELECTIVE_HOSPITAL_CARE");
    assertThat(assertProblem(draft(ccgs), 503, "peer-unavailable").getString("detail"))
        .contains("ccg-service");
    assertProblem(given().get("/contracts/" + ccgs.get("reference")), 404, "not-found");
    Map<String, Object> councils =
        contract(
            newReference(),
            "LOCAL_AUTHORITY",
            "E10000016",
            provider,
            "PUBLIC_HEALTH",
            50000,
            "2014-04-01",
            "2015-04-01");
    assertThat(assertProblem(draft(councils), 503, "peer-unavailable").getString("detail"))
        .contains("hwb-service");
    assertProblem(given().get("/contracts/" + councils.get("reference")), 404, "not-found");
    assertThat(ChangeFeedProbe.latestSequence()).isEqualTo(before);
    // NHS England needs no peer
    draft(
            contract(
                newReference(),
                "NHS_ENGLAND",
                "X24",
                provider,
                "PHARMACY",
                1000,
                "2014-04-01",
                "2015-04-01"))
        .then()
        .statusCode(201);
  }
}
