package org.landscape.practice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.fhir.FhirAssertions.assertFhir;
import static org.landscape.fhir.FhirAssertions.assertOutcome;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.fhir.FhirSchemaValidation;
import org.landscape.testsupport.TestTokens;

/** practice-service's FHIR R4 view, with fictional practices (X6xxxx). */
@QuarkusTest
@ConnectWireMock
class PracticeFhirTest {

  private static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
  private static final AtomicInteger SERIAL = new AtomicInteger(60000);

  WireMock wiremock;

  @BeforeEach
  void ccgServiceAnswers() throws Exception {
    CcgStub.serveSample(wiremock);
  }

  /** A practice named NAME, in 00C from 2013-04-01. */
  private static String practice(String name) {
    String code = "X" + SERIAL.incrementAndGet();
    Map<String, Object> details = new HashMap<>(PracticeResourceTest.details(name));
    given()
        .auth()
        .oauth2(TestTokens.withRoles("editor"))
        .contentType(ContentType.JSON)
        .body(
            Map.of("code", code, "details", details, "ccgCode", "00C", "memberFrom", "2013-04-01"))
        .post("/practices")
        .then()
        .statusCode(201);
    return code;
  }

  private static Response fhir(String path, Object... parameters) {
    var request = given().accept("application/fhir+json");
    for (int i = 0; i < parameters.length; i += 2) {
      request = request.queryParam((String) parameters[i], parameters[i + 1]);
    }
    return request.get("/fhir/" + path);
  }

  @Test
  void readsAPracticeAsAnOrganizationWithItsOdsCodeRolesAndOpenLife() {
    String code = practice("FHIR READ SURGERY");
    JsonPath organization = assertFhir(fhir("Organization/" + code), 200, "Organization");
    assertThat(organization.getString("id")).isEqualTo(code);
    assertThat(organization.getString("identifier[0].system")).isEqualTo(ODS);
    assertThat(organization.getString("identifier[0].value")).isEqualTo(code);
    assertThat(organization.getString("identifier[0].period.start")).isEqualTo("2010-04-01");
    assertThat(organization.getList("type.coding.code.flatten()", String.class))
        .containsExactly("RO177", "RO76");
    assertThat(organization.getString("type[1].coding[0].system"))
        .isEqualTo("https://fhir.nhs.uk/CodeSystem/organisation-role");
    assertThat(organization.getBoolean("active")).isTrue();
    assertThat(organization.getString("name")).isEqualTo("FHIR READ SURGERY");
    assertThat(organization.getString("address[0].postalCode")).isEqualTo("DL1 3RT");
    assertThat(organization.getString("meta.versionId")).isNotBlank();
    // before it opened, the practice was not active
    assertThat(
            assertFhir(fhir("Organization/" + code, "date", "2009-01-01"), 200, "Organization")
                .getBoolean("active"))
        .isFalse();
  }

  @Test
  void servesFhirJsonForApplicationJsonAndXmlForFormatXml() {
    String code = practice("FHIR FORMAT SURGERY");
    Response json = given().accept(ContentType.JSON).get("/fhir/Organization/" + code);
    assertThat(json.contentType()).startsWith("application/fhir+json");
    assertThat(json.jsonPath().getString("resourceType")).isEqualTo("Organization");
    Response xml = given().queryParam("_format", "xml").get("/fhir/Organization/" + code);
    assertThat(xml.statusCode()).isEqualTo(200);
    assertThat(xml.contentType()).startsWith("application/fhir+xml");
    assertThat(xml.asString()).contains("<Organization xmlns=\"http://hl7.org/fhir\">");
    Response formatJson =
        given().accept(ContentType.XML).queryParam("_format", "json").get("/fhir/metadata");
    assertThat(formatJson.contentType()).startsWith("application/fhir+json");
    assertOutcome(
        given().queryParam("_format", "turtle").get("/fhir/Organization/" + code),
        406,
        "not-supported");
  }

  @Test
  void searchesByIdentifierNameAndPagesWithNextLinks() {
    String first = practice("FHIR PAGING SURGERY ONE");
    practice("FHIR PAGING SURGERY TWO");
    practice("FHIR PAGING SURGERY THREE");

    JsonPath byIdentifier =
        assertFhir(fhir("Organization", "identifier", ODS + "|" + first), 200, "Bundle");
    assertThat(byIdentifier.getString("type")).isEqualTo("searchset");
    assertThat(byIdentifier.getInt("total")).isEqualTo(1);
    assertThat(byIdentifier.getString("entry[0].resource.id")).isEqualTo(first);
    assertThat(byIdentifier.getString("entry[0].fullUrl")).endsWith("/fhir/Organization/" + first);
    assertThat(
            assertFhir(fhir("Organization", "identifier", "urn:other|" + first), 200, "Bundle")
                .getInt("total"))
        .isZero();

    JsonPath page1 =
        assertFhir(
            fhir("Organization", "name", "fhir paging", "_count", 2, "active", "true"),
            200,
            "Bundle");
    assertThat(page1.getInt("total")).isEqualTo(3);
    assertThat(page1.getList("entry")).hasSize(2);
    String next = link(page1, "next");
    assertThat(next).contains("_offset=2").contains("_count=2").contains("name=fhir");
    JsonPath page2 =
        assertFhir(
            // followed as given, as a FHIR client does (RestAssured would encode it again)
            given().urlEncodingEnabled(false).accept("application/fhir+json").get(next),
            200,
            "Bundle");
    assertThat(page2.getList("entry")).hasSize(1);
    assertThat(link(page2, "next")).isNull();
    assertThat(link(page2, "previous")).contains("_offset=0");

    JsonPath count =
        assertFhir(fhir("Organization", "name", "fhir paging", "_summary", "count"), 200, "Bundle");
    assertThat(count.getInt("total")).isEqualTo(3);
    assertThat(count.getList("entry")).isNull();
    assertThat(
            assertFhir(
                    fhir("Organization", "name", "fhir paging", "active", "false"), 200, "Bundle")
                .getInt("total"))
        .isZero();
    assertThat(
            assertFhir(fhir("Organization", "name", "fhir paging", "type", "RO76"), 200, "Bundle")
                .getInt("total"))
        .isEqualTo(3);
    assertThat(
            assertFhir(fhir("Organization", "name", "fhir paging", "type", "RO197"), 200, "Bundle")
                .getInt("total"))
        .isZero();
  }

  @Test
  void searchesByLastUpdated() {
    Instant before = Instant.now().minusSeconds(1);
    practice("FHIR UPDATED SURGERY");
    assertThat(
            assertFhir(
                    fhir("Organization", "name", "fhir updated", "_lastUpdated", "ge" + before),
                    200,
                    "Bundle")
                .getInt("total"))
        .isEqualTo(1);
    assertThat(
            assertFhir(
                    fhir("Organization", "name", "fhir updated", "_lastUpdated", "lt" + before),
                    200,
                    "Bundle")
                .getInt("total"))
        .isZero();
  }

  @Test
  void affiliationsAnswerForAnyDateAcrossATransfer() {
    String code = practice("FHIR TRANSFER SURGERY");
    PracticeResourceTest.transfer(code, "00D", "2014-06-01", null).then().statusCode(201);

    JsonPath before =
        assertFhir(
            fhir(
                "OrganizationAffiliation",
                "participating-organization",
                code,
                "date",
                "2014-01-01"),
            200,
            "Bundle");
    assertThat(before.getInt("total")).isEqualTo(1);
    assertThat(before.getString("entry[0].resource.organization.identifier.value"))
        .isEqualTo("00C");
    assertThat(before.getString("entry[0].resource.period.end")).isEqualTo("2014-05-31");
    assertThat(before.getString("entry[0].resource.code[0].coding[0].code")).isEqualTo("RE4");
    assertThat(before.getString("entry[0].resource.participatingOrganization.reference"))
        .isEqualTo("Organization/" + code);
    assertThat(before.getBoolean("entry[0].resource.active")).isTrue();

    JsonPath after =
        assertFhir(
            fhir(
                "OrganizationAffiliation",
                "participating-organization",
                ODS + "|" + code,
                "date",
                "2015-01-01"),
            200,
            "Bundle");
    assertThat(after.getString("entry[0].resource.organization.identifier.value")).isEqualTo("00D");

    JsonPath all =
        assertFhir(
            fhir("OrganizationAffiliation", "participating-organization", code), 200, "Bundle");
    assertThat(all.getInt("total")).isEqualTo(2);
    assertThat(all.getList("entry.resource.active", Boolean.class)).containsExactly(false, true);
    assertThat(
            assertFhir(
                    fhir(
                        "OrganizationAffiliation",
                        "participating-organization",
                        code,
                        "primary-organization",
                        "00D",
                        "active",
                        "true"),
                    200,
                    "Bundle")
                .getInt("total"))
        .isEqualTo(1);

    String id = code + "-00C-2013-04-01";
    JsonPath read =
        assertFhir(fhir("OrganizationAffiliation/" + id), 200, "OrganizationAffiliation");
    assertThat(read.getString("id")).isEqualTo(id);
    assertThat(read.getString("period.start")).isEqualTo("2013-04-01");
    assertOutcome(fhir("OrganizationAffiliation/" + code + "-00C-2014-01-01"), 404, "not-found");
    assertOutcome(fhir("OrganizationAffiliation/not-an-id"), 404, "not-found");
  }

  @Test
  void historyListsEveryRecordedVersionNewestFirst() {
    String code = practice("FHIR HISTORY SURGERY");
    Map<String, Object> renamed =
        new HashMap<>(PracticeResourceTest.details("FHIR RENAMED SURGERY"));
    given()
        .auth()
        .oauth2(TestTokens.withRoles("editor"))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(renamed)
        .put("/practices/" + code)
        .then()
        .statusCode(200);
    JsonPath history = assertFhir(fhir("Organization/" + code + "/_history"), 200, "Bundle");
    assertThat(history.getString("type")).isEqualTo("history");
    assertThat(history.getInt("total")).isEqualTo(2);
    assertThat(history.getList("entry.resource.name", String.class))
        .containsExactly("FHIR RENAMED SURGERY", "FHIR HISTORY SURGERY");
    assertThat(history.getList("entry.request.method", String.class))
        .containsExactly("PUT", "POST");
    List<Long> versions =
        history.getList("entry.resource.meta.versionId", String.class).stream()
            .map(Long::valueOf)
            .toList();
    assertThat(versions.get(0)).isGreaterThan(versions.get(1));
    // the current read is the newest version
    assertThat(
            assertFhir(fhir("Organization/" + code), 200, "Organization")
                .getString("meta.versionId"))
        .isEqualTo(versions.get(0).toString());
  }

  @Test
  void metadataIsACapabilityStatementOfBothResources() {
    JsonPath statement = assertFhir(fhir("metadata"), 200, "CapabilityStatement");
    assertThat(statement.getString("fhirVersion")).isEqualTo("4.0.1");
    assertThat(statement.getList("rest[0].resource.type", String.class))
        .containsExactly("Organization", "OrganizationAffiliation");
    assertThat(statement.getList("rest[0].resource[0].searchParam.name", String.class))
        .contains("identifier", "name", "active", "type", "_lastUpdated", "_count", "date");
  }

  @Test
  void errorsUnderFhirAreOperationOutcomesAndProblemsElsewhere() {
    assertOutcome(fhir("Organization/X99999"), 404, "not-found");
    JsonPath badCount = assertOutcome(fhir("Organization", "_count", "lots"), 400, "invalid");
    assertThat(badCount.getString("issue[0].expression[0]")).isEqualTo("_count");
    assertThat(badCount.getString("issue[0].details.coding[0].code"))
        .isEqualTo("validation-failed");
    assertThat(
            assertOutcome(fhir("Organization", "_count", 501), 400, "invalid")
                .getString("issue[0].expression[0]"))
        .isEqualTo("_count");
    assertThat(
            assertOutcome(fhir("Organization", "date", "2014-13-01"), 400, "invalid")
                .getString("issue[0].expression[0]"))
        .isEqualTo("date");
    assertOutcome(fhir("OrganizationAffiliation", "active", "maybe"), 400, "invalid");
    assertOutcome(fhir("Organization", "_lastUpdated", "sa2020-01-01"), 400, "invalid");
    assertOutcome(fhir("Organization/X99999", "knownAt", "yesterday"), 400, "invalid");
    assertOutcome(fhir("Patient/1"), 404, "not-found");
    assertOutcome(given().delete("/fhir/metadata"), 405, "not-supported");
    // the rest of the API keeps problem+json
    assertProblem(given().get("/practices/X99999"), 404, "not-found");
    assertProblem(given().queryParam("limit", 0).get("/practices"), 400, "validation-failed");
  }

  @Test
  void searchBundlesAreValidR4WithTheirResources() {
    practice("FHIR VALID SURGERY");
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
