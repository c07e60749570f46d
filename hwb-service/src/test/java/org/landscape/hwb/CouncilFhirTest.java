package org.landscape.hwb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.fhir.FhirAssertions.assertFhir;
import static org.landscape.fhir.FhirAssertions.assertOutcome;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.landscape.testsupport.TestTokens;

/** hwb-service's FHIR R4 view of councils, with fictional codes (E0x97xxxx). */
@QuarkusTest
class CouncilFhirTest {

  private static final String ONS = "http://statistics.data.gov.uk/id/statistical-geography";
  private static final AtomicInteger SERIAL = new AtomicInteger();

  private static String council(String prefix, Map<String, Object> fields) {
    String code = prefix + "97" + String.format("%04d", SERIAL.incrementAndGet());
    Map<String, Object> body = new java.util.HashMap<>(fields);
    body.put("code", code);
    given()
        .auth()
        .oauth2(TestTokens.withRoles("editor"))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/local-authorities")
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
  void readsACouncilWithItsOnsCodeRoleAndValidityOnAnyDate() {
    String county = council("E10", Map.of("name", "Fhirshire", "validFrom", "2013-04-01"));
    String district =
        council(
            "E07",
            Map.of(
                "name",
                "Fhirdale",
                "upperTierCode",
                county,
                "validFrom",
                "2013-04-01",
                "validTo",
                "2019-04-01"));
    JsonPath organization = assertFhir(fhir("Organization/" + district), 200, "Organization");
    assertThat(organization.getString("identifier[0].system")).isEqualTo(ONS);
    assertThat(organization.getString("identifier[0].value")).isEqualTo(district);
    assertThat(organization.getString("identifier[0].period.end")).isEqualTo("2019-03-31");
    assertThat(organization.getString("type[0].coding[0].code")).isEqualTo("RO141");
    assertThat(organization.getString("type[1].coding[0].code")).isEqualTo("DISTRICT");
    assertThat(organization.getString("partOf.reference")).isEqualTo("Organization/" + county);
    assertThat(organization.getBoolean("active")).isFalse();
    assertThat(
            assertFhir(fhir("Organization/" + district, "date", "2015-01-01"), 200, "Organization")
                .getBoolean("active"))
        .isTrue();
  }

  @Test
  void searchesByIdentifierNameActivityAndPages() {
    String first = council("E06", Map.of("name", "Fhirpage One", "validFrom", "2013-04-01"));
    council("E06", Map.of("name", "Fhirpage Two", "validFrom", "2013-04-01"));
    council(
        "E06", Map.of("name", "Fhirpage Gone", "validFrom", "2013-04-01", "validTo", "2016-04-01"));

    JsonPath byIdentifier =
        assertFhir(fhir("Organization", "identifier", ONS + "|" + first), 200, "Bundle");
    assertThat(byIdentifier.getInt("total")).isEqualTo(1);
    assertThat(byIdentifier.getString("entry[0].resource.id")).isEqualTo(first);

    assertThat(total(fhir("Organization", "name", "fhirpage"))).isEqualTo(3);
    assertThat(total(fhir("Organization", "name", "fhirpage", "active", "true"))).isEqualTo(2);
    assertThat(
            total(fhir("Organization", "name", "fhirpage", "active", "true", "date", "2015-01-01")))
        .isEqualTo(3);
    assertThat(total(fhir("Organization", "name", "fhirpage", "type", "UNITARY"))).isEqualTo(3);
    assertThat(total(fhir("Organization", "name", "fhirpage", "type", "COUNTY"))).isZero();
    assertThat(total(fhir("Organization", "name", "fhirpage", "_summary", "count"))).isEqualTo(3);

    JsonPath page1 =
        assertFhir(fhir("Organization", "name", "fhirpage", "_count", 2), 200, "Bundle");
    assertThat(page1.getList("entry")).hasSize(2);
    String next = link(page1, "next");
    assertThat(next).contains("_offset=2");
    JsonPath page2 =
        assertFhir(
            given().urlEncodingEnabled(false).accept("application/fhir+json").get(next),
            200,
            "Bundle");
    assertThat(page2.getList("entry")).hasSize(1);
    assertThat(link(page2, "next")).isNull();
  }

  @Test
  void historyListsTheRecordedVersionsNewestFirst() {
    String code = council("E06", Map.of("name", "Fhirhistory", "validFrom", "2013-04-01"));
    String etag = given().get("/local-authorities/" + code).header("ETag");
    given()
        .auth()
        .oauth2(TestTokens.withRoles("editor"))
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(Map.of("name", "Fhirhistory Renamed", "validFrom", "2013-04-01"))
        .put("/local-authorities/" + code)
        .then()
        .statusCode(200);
    JsonPath history = assertFhir(fhir("Organization/" + code + "/_history"), 200, "Bundle");
    assertThat(history.getInt("total")).isEqualTo(2);
    assertThat(history.getList("entry.resource.name", String.class))
        .containsExactly("Fhirhistory Renamed", "Fhirhistory");
    assertThat(history.getList("entry.request.method", String.class))
        .containsExactly("PUT", "POST");
  }

  @Test
  void metadataAndErrors() {
    JsonPath statement = assertFhir(fhir("metadata"), 200, "CapabilityStatement");
    assertThat(statement.getList("rest[0].resource.type", String.class))
        .containsExactly("Organization");
    assertOutcome(fhir("Organization/E06999999"), 404, "not-found");
    assertThat(
            assertOutcome(fhir("Organization", "_offset", -1), 400, "invalid")
                .getString("issue[0].expression[0]"))
        .isEqualTo("_offset");
    assertOutcome(fhir("Organization", "date", "01/02/2014"), 400, "invalid");
    assertOutcome(fhir("OrganizationAffiliation"), 404, "not-found");
    assertProblem(given().get("/local-authorities/E06999999"), 404, "not-found");
  }

  private static int total(Response response) {
    return assertFhir(response, 200, "Bundle").getInt("total");
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
