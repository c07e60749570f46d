package org.landscape.ccg;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.fhir.FhirAssertions.assertFhir;
import static org.landscape.fhir.FhirAssertions.assertOutcome;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.testsupport.IsolatedDatabase;
import org.landscape.testsupport.OfficialData;
import org.landscape.testsupport.TestTokens;

/**
 * ccg-service's FHIR R4 view, on a database of its own holding the official eccg file (every CCG
 * code), the shipped regions and ICBs, and the sub-ICB locations of 1 July 2022: only what the ICB
 * era needs, loaded once.
 */
@QuarkusTest
@TestProfile(CommissionerFhirTest.OwnDatabase.class)
class CommissionerFhirTest {

  /** A restart on a fresh database (see {@link IsolatedDatabase}). */
  public static class OwnDatabase extends IsolatedDatabase {}

  private static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";
  private static final String ONS = "http://statistics.data.gov.uk/id/statistical-geography";
  private static final int REGIONS = 10;
  private static Instant loadedFrom;

  @BeforeEach
  void theIcbEraIsLoaded() {
    if (loadedFrom != null) {
      return;
    }
    Instant before = Instant.now().minusSeconds(1);
    load("eccg", "ods-2025/eccg.csv");
    load("regions/shipped", null);
    load("icbs/shipped", null);
    load("sub-icb-locations", "ods-2025/eccg.csv");
    loadedFrom = before;
  }

  private static void load(String kind, String file) {
    var request = given().auth().oauth2(TestTokens.withRoles("importer"));
    if (file != null) {
      request = request.multiPart("file", OfficialData.file(file).toFile());
    }
    request.post("/imports/" + kind).then().log().ifValidationFails().statusCode(200);
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
  void aCcgCodeIsAClinicalCommissioningGroupUntil30June2022AndASubIcbLocationFrom1July() {
    JsonPath asCcg =
        assertFhir(fhir("Organization/16C", "date", "2022-06-30"), 200, "Organization");
    assertThat(asCcg.getString("id")).isEqualTo("16C");
    assertThat(asCcg.getString("identifier[0].system")).isEqualTo(ODS);
    assertThat(asCcg.getString("identifier[0].value")).isEqualTo("16C");
    assertThat(asCcg.getList("type.coding.code.flatten()", String.class)).containsExactly("RO98");
    assertThat(asCcg.getBoolean("active")).isTrue();
    assertThat(asCcg.getString("name")).isNotBlank();
    assertThat(asCcg.getString("partOf")).isNull();
    assertThat(asCcg.getString("meta.versionId")).isNotBlank();

    JsonPath asLocation =
        assertFhir(fhir("Organization/16C", "date", "2022-07-01"), 200, "Organization");
    assertThat(asLocation.getList("type.coding.code.flatten()", String.class))
        .containsExactly("RO319");
    assertThat(asLocation.getString("type[0].coding[0].system"))
        .isEqualTo("https://fhir.nhs.uk/CodeSystem/organisation-role");
    assertThat(asLocation.getString("name"))
        .isEqualTo("NHS NORTH EAST AND NORTH CUMBRIA ICB - 16C");
    assertThat(asLocation.getString("partOf.reference")).isEqualTo("Organization/QHM");
    assertThat(asLocation.getBoolean("active")).isTrue();

    // a CCG that closed in 2015 stays a CCG, inactive
    JsonPath gateshead =
        assertFhir(fhir("Organization/00F", "date", "2023-01-01"), 200, "Organization");
    assertThat(gateshead.getString("type[0].coding[0].code")).isEqualTo("RO98");
    assertThat(gateshead.getBoolean("active")).isFalse();
    assertThat(gateshead.getString("identifier[0].period.start")).isEqualTo("2013-04-01");
    assertThat(gateshead.getString("identifier[0].period.end")).isNotBlank();
  }

  @Test
  void icbsAndRegionsAreOrganizationsWithTheirOdsAndOnsCodes() {
    JsonPath icb = assertFhir(fhir("Organization/QHM", "date", "2023-01-01"), 200, "Organization");
    assertThat(icb.getString("type[0].coding[0].code")).isEqualTo("RO318");
    assertThat(icb.getString("identifier[0].value")).isEqualTo("QHM");
    assertThat(icb.getString("identifier[0].period.start")).isEqualTo("2022-07-01");
    assertThat(icb.getString("identifier[1].system")).isEqualTo(ONS);
    assertThat(icb.getString("identifier[1].value")).startsWith("E54");
    assertThat(icb.getString("partOf.reference")).isEqualTo("Organization/Y63");
    assertThat(icb.getBoolean("active")).isTrue();
    assertThat(
            assertFhir(fhir("Organization/QHM", "date", "2022-06-30"), 200, "Organization")
                .getBoolean("active"))
        .isFalse();

    JsonPath region =
        assertFhir(fhir("Organization/Y63", "date", "2023-01-01"), 200, "Organization");
    assertThat(region.getString("type[0].coding[0].code")).isEqualTo("RO209");
    assertThat(region.getString("type[0].coding[0].display")).isEqualTo("NHS ENGLAND (REGION)");
    assertThat(region.getString("identifier[0].value")).isEqualTo("Y63");
    assertThat(region.getString("identifier[1].system")).isEqualTo(ONS);
    assertThat(region.getString("identifier[1].value")).isEqualTo("E40000009");
    assertThat(region.getBoolean("active")).isTrue();
    assertThat(region.getString("meta")).isNull();
    JsonPath north =
        assertFhir(fhir("Organization/Y54", "date", "2015-01-01"), 200, "Organization");
    assertThat(north.getBoolean("active")).isTrue();
    assertThat(north.getString("identifier[0].period.end")).isEqualTo("2019-03-31");
    assertThat(
            assertFhir(fhir("Organization/Y54", "date", "2020-01-01"), 200, "Organization")
                .getBoolean("active"))
        .isFalse();
  }

  @Test
  void searchesByRoleOnADateGiveADifferentAnswerBeforeAndAfter1July2022() {
    int all = total(fhir("Organization", "_summary", "count"));
    int icbs = total(fhir("Organization", "type", "RO318"));
    assertThat(icbs).isEqualTo(42);
    assertThat(total(fhir("Organization", "type", "RO209"))).isEqualTo(REGIONS);
    int codes = all - icbs - REGIONS;

    assertThat(total(fhir("Organization", "type", "RO319", "date", "2022-06-30"))).isZero();
    assertThat(total(fhir("Organization", "type", "RO98", "date", "2022-06-30"))).isEqualTo(codes);
    assertThat(total(fhir("Organization", "type", "RO98", "active", "true", "date", "2022-06-30")))
        .isEqualTo(106);
    assertThat(total(fhir("Organization", "type", "RO319", "date", "2022-07-01"))).isEqualTo(106);
    assertThat(total(fhir("Organization", "type", "RO98", "active", "true", "date", "2022-07-01")))
        .isZero();
    assertThat(
            total(
                fhir(
                    "Organization",
                    "type",
                    "https://fhir.nhs.uk/CodeSystem/organisation-role|RO318",
                    "active",
                    "true",
                    "date",
                    "2022-06-30")))
        .isZero();
    assertThat(total(fhir("Organization", "type", "RO76"))).isZero();
  }

  @Test
  void searchesByIdentifierAndNameAndPagesWithNextLinks() {
    JsonPath byOds = assertFhir(fhir("Organization", "identifier", ODS + "|QHM"), 200, "Bundle");
    assertThat(byOds.getInt("total")).isEqualTo(1);
    assertThat(byOds.getString("entry[0].fullUrl")).endsWith("/fhir/Organization/QHM");
    assertThat(byOds.getString("entry[0].search.mode")).isEqualTo("match");
    JsonPath byOns =
        assertFhir(fhir("Organization", "identifier", ONS + "|E40000009"), 200, "Bundle");
    assertThat(byOns.getList("entry.resource.id", String.class)).containsExactly("Y63");
    assertThat(total(fhir("Organization", "identifier", "urn:other|QHM"))).isZero();
    assertThat(
            assertFhir(
                    fhir("Organization", "name", "north cumbria icb", "type", "RO318"),
                    200,
                    "Bundle")
                .getList("entry.resource.id", String.class))
        .containsExactly("QHM");

    JsonPath page1 = assertFhir(fhir("Organization", "type", "RO318", "_count", 40), 200, "Bundle");
    assertThat(page1.getInt("total")).isEqualTo(42);
    assertThat(page1.getList("entry")).hasSize(40);
    String next = link(page1, "next");
    assertThat(next).contains("_offset=40").contains("_count=40").contains("type=RO318");
    JsonPath page2 =
        assertFhir(
            given().urlEncodingEnabled(false).accept("application/fhir+json").get(next),
            200,
            "Bundle");
    assertThat(page2.getList("entry")).hasSize(2);
    assertThat(link(page2, "next")).isNull();
    assertThat(link(page2, "previous")).contains("_offset=0");
    JsonPath count = assertFhir(fhir("Organization", "type", "RO318", "_count", 0), 200, "Bundle");
    assertThat(count.getInt("total")).isEqualTo(42);
    assertThat(count.getList("entry")).isNull();
  }

  @Test
  void searchesByLastUpdated() {
    int all = total(fhir("Organization", "_summary", "count"));
    // regions are not in the change feed: everything else was recorded by the loading
    assertThat(total(fhir("Organization", "_lastUpdated", "ge" + loadedFrom)))
        .isEqualTo(all - REGIONS);
    assertThat(total(fhir("Organization", "_lastUpdated", "lt" + loadedFrom))).isZero();
  }

  @Test
  void affiliationsPlaceASubIcbLocationInItsIcbAndAnIcbInItsRegion() {
    JsonPath location =
        assertFhir(
            fhir("OrganizationAffiliation", "participating-organization", "16C"), 200, "Bundle");
    assertThat(location.getInt("total")).isEqualTo(1);
    assertThat(location.getString("entry[0].resource.id")).isEqualTo("16C-QHM-2022-07-01");
    assertThat(location.getString("entry[0].resource.organization.reference"))
        .isEqualTo("Organization/QHM");
    assertThat(location.getString("entry[0].resource.participatingOrganization.identifier.value"))
        .isEqualTo("16C");
    assertThat(location.getString("entry[0].resource.code[0].coding[0].code")).isEqualTo("RE5");
    assertThat(location.getString("entry[0].resource.period.start")).isEqualTo("2022-07-01");
    assertThat(
            total(
                fhir(
                    "OrganizationAffiliation",
                    "participating-organization",
                    "16C",
                    "date",
                    "2022-06-30")))
        .isZero();
    assertThat(
            total(
                fhir(
                    "OrganizationAffiliation",
                    "participating-organization",
                    "Organization/16C",
                    "date",
                    "2023-01-01")))
        .isEqualTo(1);

    JsonPath ofQhm =
        assertFhir(
            fhir(
                "OrganizationAffiliation",
                "primary-organization",
                ODS + "|QHM",
                "active",
                "true",
                "date",
                "2023-01-01"),
            200,
            "Bundle");
    assertThat(ofQhm.getInt("total")).isGreaterThan(1);
    assertThat(Set.copyOf(ofQhm.getList("entry.resource.organization.reference", String.class)))
        .containsExactly("Organization/QHM");
    assertThat(ofQhm.getList("entry.resource.participatingOrganization.identifier.value"))
        .contains("16C");

    JsonPath region =
        assertFhir(
            fhir("OrganizationAffiliation", "participating-organization", "QHM"), 200, "Bundle");
    assertThat(region.getList("entry.resource.organization.reference", String.class))
        .containsExactly("Organization/Y63");
    assertThat(
            total(
                fhir(
                    "OrganizationAffiliation",
                    "primary-organization",
                    "Y63",
                    "date",
                    "2023-01-01",
                    "_summary",
                    "count")))
        .isPositive();
    assertThat(total(fhir("OrganizationAffiliation", "primary-organization", "urn:x|QHM")))
        .isZero();

    JsonPath read =
        assertFhir(
            fhir("OrganizationAffiliation/16C-QHM-2022-07-01", "date", "2022-06-30"),
            200,
            "OrganizationAffiliation");
    assertThat(read.getBoolean("active")).isFalse();
    assertOutcome(fhir("OrganizationAffiliation/16C-QHM-2022-07-02"), 404, "not-found");
  }

  @Test
  void historyListsACodesVersionsFromItsCcgAndSubIcbLocationEvents() {
    JsonPath history = assertFhir(fhir("Organization/16C/_history"), 200, "Bundle");
    assertThat(history.getString("type")).isEqualTo("history");
    assertThat(history.getInt("total")).isEqualTo(2);
    // newest first: the code became a sub-ICB location; before, the CCG was recorded
    assertThat(history.getList("entry.request.method", String.class))
        .containsExactly("PUT", "POST");
    assertThat(history.getString("entry[0].resource.type[0].coding[0].code")).isEqualTo("RO319");
    assertThat(history.getString("entry[1].resource.type[0].coding[0].code")).isEqualTo("RO98");
    List<Long> versions =
        history.getList("entry.resource.meta.versionId", String.class).stream()
            .map(Long::valueOf)
            .toList();
    assertThat(versions.get(0)).isGreaterThan(versions.get(1));
    assertThat(
            assertFhir(fhir("Organization/16C"), 200, "Organization").getString("meta.versionId"))
        .isEqualTo(versions.get(0).toString());

    JsonPath icb = assertFhir(fhir("Organization/QHM/_history"), 200, "Bundle");
    assertThat(icb.getInt("total")).isEqualTo(1);
    assertThat(icb.getString("entry[0].request.method")).isEqualTo("POST");
    assertThat(icb.getString("entry[0].resource.partOf.reference")).isEqualTo("Organization/Y63");
    assertThat(total(fhir("Organization/Y63/_history"))).isZero();
    assertOutcome(fhir("Organization/ZZZ/_history"), 404, "not-found");
  }

  @Test
  void metadataFormatsAndErrors() {
    JsonPath statement = assertFhir(fhir("metadata"), 200, "CapabilityStatement");
    assertThat(statement.getString("fhirVersion")).isEqualTo("4.0.1");
    assertThat(statement.getList("rest[0].resource.type", String.class))
        .containsExactly("Organization", "OrganizationAffiliation");
    assertThat(statement.getList("rest[0].resource[0].searchParam.name", String.class))
        .contains("identifier", "name", "active", "type", "_lastUpdated", "_count", "date");
    Response xml = given().queryParam("_format", "xml").get("/fhir/Organization/QHM");
    assertThat(xml.statusCode()).isEqualTo(200);
    assertThat(xml.contentType()).startsWith("application/fhir+xml");

    assertOutcome(fhir("Organization/ZZZ"), 404, "not-found");
    assertThat(
            assertOutcome(fhir("Organization", "_count", "lots"), 400, "invalid")
                .getString("issue[0].expression[0]"))
        .isEqualTo("_count");
    assertThat(
            assertOutcome(fhir("Organization/16C", "date", "2022-13-01"), 400, "invalid")
                .getString("issue[0].expression[0]"))
        .isEqualTo("date");
    assertOutcome(fhir("Organization", "_lastUpdated", "sa2020-01-01"), 400, "invalid");
    assertOutcome(fhir("Organization", "active", "maybe"), 400, "invalid");
    assertOutcome(fhir("OrganizationAffiliation", "active", "maybe"), 400, "invalid");
    assertOutcome(fhir("OrganizationAffiliation", "_offset", -1), 400, "invalid");
    assertOutcome(fhir("Patient/1"), 404, "not-found");
    assertOutcome(given().delete("/fhir/metadata"), 405, "not-supported");
    // the rest of the API keeps problem+json
    assertProblem(given().get("/ccgs/99Z"), 404, "not-found");
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
