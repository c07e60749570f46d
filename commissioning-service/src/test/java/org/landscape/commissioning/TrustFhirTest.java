package org.landscape.commissioning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.fhir.FhirAssertions.assertFhir;
import static org.landscape.fhir.FhirAssertions.assertOutcome;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.fhir.FhirSchemaValidation;
import org.landscape.testsupport.OfficialData;
import org.landscape.testsupport.TestTokens;

/** commissioning-service's FHIR R4 view of NHS trusts, with fictional codes (TFnnn). */
@QuarkusTest
@ConnectWireMock
class TrustFhirTest {

  private static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
  private static final AtomicInteger SERIAL = new AtomicInteger(100);

  WireMock wiremock;

  @BeforeEach
  void peersAnswer() throws Exception {
    Fixtures.peersAnswer(wiremock);
  }

  /** An NHS trust registered through the API, open over [openDate, closeDate). */
  private static String trust(String name, String openDate, String closeDate) {
    String code = "TF" + SERIAL.incrementAndGet();
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("kind", "NHS_TRUST");
    body.put("openDate", openDate);
    if (closeDate != null) {
      body.put("closeDate", closeDate);
    }
    Fixtures.editor().body(body).post("/providers").then().statusCode(201);
    return code;
  }

  private static Response fhir(String path, Object... parameters) {
    var request = given().accept("application/fhir+json");
    for (int i = 0; i < parameters.length; i += 2) {
      request = request.queryParam((String) parameters[i], parameters[i + 1]);
    }
    return request.get("/fhir/" + path);
  }

  private static int total(Response response) {
    return assertFhir(response, 200, "Bundle").getInt("total");
  }

  @Test
  void readsATrustWithItsOdsCodeRoleAndOpenPeriodOnAnyDate() {
    String code = trust("FHIR READ NHS TRUST", "2013-04-01", "2022-07-01");
    JsonPath organization =
        assertFhir(fhir("Organization/" + code, "date", "2022-06-30"), 200, "Organization");
    assertThat(organization.getString("id")).isEqualTo(code);
    assertThat(organization.getString("identifier[0].system")).isEqualTo(ODS);
    assertThat(organization.getString("identifier[0].value")).isEqualTo(code);
    assertThat(organization.getString("identifier[0].period.start")).isEqualTo("2013-04-01");
    assertThat(organization.getString("identifier[0].period.end")).isEqualTo("2022-06-30");
    assertThat(organization.getString("type[0].coding[0].code")).isEqualTo("RO197");
    assertThat(organization.getString("type[0].coding[0].display")).isEqualTo("NHS TRUST");
    assertThat(organization.getString("name")).isEqualTo("FHIR READ NHS TRUST");
    assertThat(organization.getBoolean("active")).isTrue();
    assertThat(organization.getString("meta.versionId")).isNotBlank();
    assertThat(
            assertFhir(fhir("Organization/" + code, "date", "2022-07-01"), 200, "Organization")
                .getBoolean("active"))
        .isFalse();
    // only NHS trusts are Organizations here
    assertOutcome(fhir("Organization/" + Fixtures.newProvider()), 404, "not-found");
    Response xml = given().queryParam("_format", "xml").get("/fhir/Organization/" + code);
    assertThat(xml.contentType()).startsWith("application/fhir+xml");
  }

  @Test
  void searchesByIdentifierNameActivityOnADateAndPages() {
    String first = trust("FHIR PAGED NHS TRUST ONE", "2013-04-01", null);
    trust("FHIR PAGED NHS TRUST TWO", "2013-04-01", null);
    trust("FHIR PAGED NHS TRUST GONE", "2013-04-01", "2022-07-01");

    JsonPath byIdentifier =
        assertFhir(fhir("Organization", "identifier", ODS + "|" + first), 200, "Bundle");
    assertThat(byIdentifier.getInt("total")).isEqualTo(1);
    assertThat(byIdentifier.getString("entry[0].resource.id")).isEqualTo(first);
    assertThat(byIdentifier.getString("entry[0].fullUrl")).endsWith("/fhir/Organization/" + first);
    assertThat(total(fhir("Organization", "identifier", "urn:other|" + first))).isZero();

    assertThat(total(fhir("Organization", "name", "fhir paged"))).isEqualTo(3);
    assertThat(
            total(
                fhir("Organization", "name", "fhir paged", "active", "true", "date", "2022-06-30")))
        .isEqualTo(3);
    assertThat(
            total(
                fhir("Organization", "name", "fhir paged", "active", "true", "date", "2022-07-01")))
        .isEqualTo(2);
    assertThat(
            total(
                fhir(
                    "Organization", "name", "fhir paged", "active", "false", "date", "2022-07-01")))
        .isEqualTo(1);
    assertThat(total(fhir("Organization", "name", "fhir paged", "type", "RO197"))).isEqualTo(3);
    assertThat(total(fhir("Organization", "name", "fhir paged", "type", "RO98"))).isZero();
    JsonPath count =
        assertFhir(fhir("Organization", "name", "fhir paged", "_summary", "count"), 200, "Bundle");
    assertThat(count.getInt("total")).isEqualTo(3);
    assertThat(count.getList("entry")).isNull();

    JsonPath page1 =
        assertFhir(fhir("Organization", "name", "fhir paged", "_count", 2), 200, "Bundle");
    assertThat(page1.getList("entry")).hasSize(2);
    assertThat(page1.getString("entry[0].resource.id")).isEqualTo(first);
    String next = link(page1, "next");
    assertThat(next).contains("_offset=2").contains("name=fhir");
    JsonPath page2 =
        assertFhir(
            given().urlEncodingEnabled(false).accept("application/fhir+json").get(next),
            200,
            "Bundle");
    assertThat(page2.getList("entry")).hasSize(1);
    assertThat(link(page2, "next")).isNull();
    assertThat(link(page2, "previous")).contains("_offset=0");
  }

  @Test
  void searchesByLastUpdated() {
    Instant before = Instant.now().minusSeconds(1);
    trust("FHIR UPDATED NHS TRUST", "2013-04-01", null);
    assertThat(total(fhir("Organization", "name", "fhir updated", "_lastUpdated", "ge" + before)))
        .isEqualTo(1);
    assertThat(total(fhir("Organization", "name", "fhir updated", "_lastUpdated", "lt" + before)))
        .isZero();
  }

  @Test
  void historyListsTheVersionsTheEtrImportRecorded() throws Exception {
    String code = "TF" + SERIAL.incrementAndGet();
    String rx1 =
        Files.readAllLines(OfficialData.file("ods-2025/etr.csv"), StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("\"RX1\""))
            .findFirst()
            .orElseThrow();
    String line =
        rx1.replace("\"RX1\"", "\"" + code + "\"")
            .replace("NOTTINGHAM UNIVERSITY HOSPITALS NHS TRUST", "FHIR HISTORY NHS TRUST");
    importEtr(line);
    importEtr(line.replace("FHIR HISTORY NHS TRUST", "FHIR RENAMED NHS TRUST"));

    JsonPath history = assertFhir(fhir("Organization/" + code + "/_history"), 200, "Bundle");
    assertThat(history.getString("type")).isEqualTo("history");
    assertThat(history.getInt("total")).isEqualTo(2);
    assertThat(history.getList("entry.resource.name", String.class))
        .containsExactly("FHIR RENAMED NHS TRUST", "FHIR HISTORY NHS TRUST");
    assertThat(history.getList("entry.request.method", String.class))
        .containsExactly("PUT", "POST");
    List<Long> versions =
        history.getList("entry.resource.meta.versionId", String.class).stream()
            .map(Long::valueOf)
            .toList();
    assertThat(versions.get(0)).isGreaterThan(versions.get(1));
    assertThat(
            assertFhir(fhir("Organization/" + code), 200, "Organization")
                .getString("meta.versionId"))
        .isEqualTo(versions.get(0).toString());
    assertOutcome(fhir("Organization/TF999/_history"), 404, "not-found");
  }

  private static void importEtr(String line) throws Exception {
    File file = File.createTempFile("etr", ".csv");
    file.deleteOnExit();
    Files.write(file.toPath(), List.of(line), StandardCharsets.UTF_8);
    given()
        .auth()
        .oauth2(TestTokens.withRoles("importer"))
        .multiPart("file", file)
        .post("/imports/etr")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200);
  }

  @Test
  void metadataAndErrors() {
    JsonPath statement = assertFhir(fhir("metadata"), 200, "CapabilityStatement");
    assertThat(statement.getString("fhirVersion")).isEqualTo("4.0.1");
    assertThat(statement.getList("rest[0].resource.type", String.class))
        .containsExactly("Organization");
    assertThat(statement.getList("rest[0].resource[0].searchParam.name", String.class))
        .contains("identifier", "name", "active", "type", "_lastUpdated", "_count", "date");
    assertOutcome(fhir("Organization/TF999"), 404, "not-found");
    assertThat(
            assertOutcome(fhir("Organization", "_count", 501), 400, "invalid")
                .getString("issue[0].expression[0]"))
        .isEqualTo("_count");
    assertThat(
            assertOutcome(fhir("Organization", "date", "2014-13-01"), 400, "invalid")
                .getString("issue[0].expression[0]"))
        .isEqualTo("date");
    assertOutcome(fhir("Organization", "active", "maybe"), 400, "invalid");
    assertOutcome(fhir("Organization", "_lastUpdated", "sa2020-01-01"), 400, "invalid");
    assertOutcome(fhir("OrganizationAffiliation"), 404, "not-found");
    assertOutcome(given().delete("/fhir/metadata"), 405, "not-supported");
    assertProblem(given().get("/providers/TF999"), 404, "not-found");
  }

  @Test
  void searchBundlesAreValidR4WithTheirResources() {
    trust("FHIR VALID NHS TRUST", "2013-04-01", null);
    String body = fhir("Organization", "name", "fhir valid").then().extract().asString();
    FhirSchemaValidation.assertValidJson(body);
    assertThat(new JsonPath(body).getString("entry[0].search.mode")).isEqualTo("match");
  }

  private static String link(JsonPath bundle, String relation) {
    List<Map<String, String>> links = bundle.getList("link");
    return links.stream()
        .filter(link -> relation.equals(link.get("relation")))
        .map(link -> link.get("url"))
        .findFirst()
        .orElse(null);
  }
}
