package org.landscape.hwb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.landscape.testsupport.OversizedRequest;
import org.landscape.testsupport.RawRequest;
import org.landscape.testsupport.TestTokens;

/**
 * The local-authority register through its API. Codes are fictional (E0x99xxxx) so that the
 * register's real councils, imported by other tests, are never touched.
 */
@QuarkusTest
class LocalAuthorityResourceTest {

  private static final AtomicInteger SERIAL = new AtomicInteger(100);

  private static String code(String prefix) {
    return prefix + "99" + String.format("%04d", SERIAL.incrementAndGet());
  }

  private static RequestSpecification editor() {
    return given().auth().oauth2(TestTokens.withRoles("editor")).contentType(ContentType.JSON);
  }

  private static Response create(Map<String, Object> body) {
    return editor().body(body).post("/local-authorities");
  }

  private static String county() {
    String county = code("E10");
    create(Map.of("code", county, "name", "Testshire")).then().statusCode(201);
    return county;
  }

  private static long changeCount() {
    return given().queryParam("limit", 1000).get("/changes").jsonPath().getList("items").size();
  }

  @Test
  void createsAUnitaryCouncilWithLocationAndETag() {
    String code = code("E06");
    Response created =
        create(Map.of("code", code, "name", "  Testbury  ", "validFrom", "2013-04-01"));
    created.then().statusCode(201);
    assertThat(created.header("Location")).endsWith("/local-authorities/" + code);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    JsonPath body = created.jsonPath();
    assertThat(body.getString("name")).isEqualTo("Testbury");
    assertThat(body.getString("kind")).isEqualTo("UNITARY");
    assertThat(body.getBoolean("hostsHealthAndWellbeingBoard")).isTrue();

    Response read = given().get("/local-authorities/" + code);
    read.then().statusCode(200);
    assertThat(read.header("ETag")).isEqualTo("\"0\"");
    assertThat(read.jsonPath().getString("validFrom")).isEqualTo("2013-04-01");
  }

  @Test
  void aDistrictSitsUnderItsCountyAndHostsNoBoard() {
    String county = county();
    String district = code("E07");
    create(Map.of("code", district, "name", "Testdale", "upperTierCode", county))
        .then()
        .statusCode(201);
    JsonPath districts =
        given()
            .queryParam("upperTier", county)
            .get("/local-authorities")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(districts.getList("items.code", String.class)).containsExactly(district);
    assertThat(districts.getBoolean("items[0].hostsHealthAndWellbeingBoard")).isFalse();
    assertThat(districts.getString("items[0].kind")).isEqualTo("DISTRICT");
  }

  @Test
  void aDistrictWithoutACountyIsRefused() {
    JsonPath problem =
        assertProblem(
            create(Map.of("code", code("E07"), "name", "Orphan")), 400, "validation-failed");
    assertThat(failingFields(problem)).containsExactly("upperTierCode");
  }

  @Test
  void aDistrictUnderAnUnknownCountyIsRefused() {
    JsonPath problem =
        assertProblem(
            create(Map.of("code", code("E07"), "name", "Lost", "upperTierCode", "E10999999")),
            400,
            "validation-failed");
    assertThat(failingFields(problem)).containsExactly("upperTierCode");
  }

  @Test
  void onlyDistrictsHaveAnUpperTier() {
    String county = county();
    JsonPath problem =
        assertProblem(
            create(Map.of("code", code("E08"), "name", "Metro", "upperTierCode", county)),
            400,
            "validation-failed");
    assertThat(failingFields(problem)).containsExactly("upperTierCode");
  }

  @Test
  void everyInvalidFieldIsListed() {
    JsonPath problem =
        assertProblem(create(Map.of("code", "E05000001", "name", " ")), 400, "validation-failed");
    assertThat(failingFields(problem)).containsExactlyInAnyOrder("code", "name");
  }

  @Test
  void validityMustBeOrdered() {
    JsonPath problem =
        assertProblem(
            create(
                Map.of(
                    "code",
                    code("E06"),
                    "name",
                    "Backwards",
                    "validFrom",
                    "2015-01-01",
                    "validTo",
                    "2014-01-01")),
            400,
            "validation-failed");
    assertThat(failingFields(problem)).containsExactly("validTo");
  }

  @Test
  void unknownFieldsWrongTypesAndBadDatesAreValidationProblems() {
    assertThat(
            failingFields(
                assertProblem(
                    create(Map.of("code", code("E06"), "name", "X", "colour", "red")),
                    400,
                    "validation-failed")))
        .containsExactly("colour");
    assertThat(
            failingFields(
                assertProblem(
                    create(Map.of("code", code("E06"), "name", List.of("X"))),
                    400,
                    "validation-failed")))
        .containsExactly("name");
    JsonPath badDate =
        assertProblem(
            create(Map.of("code", code("E06"), "name", "X", "validFrom", "2013-02-30")),
            400,
            "validation-failed");
    assertThat(failingFields(badDate)).containsExactly("validFrom");
    assertThat(badDate.getString("errors[0].message")).contains("YYYY-MM-DD");
  }

  @Test
  void malformedJsonAndMissingBodiesAreBadRequests() {
    assertProblem(
        editor().body("{\"code\": \"E06000001\",").post("/local-authorities"), 400, "bad-request");
    assertProblem(editor().body("[1, 2]").post("/local-authorities"), 400, "bad-request");
    assertProblem(editor().post("/local-authorities"), 400, "validation-failed");
  }

  @Test
  void wrongMediaTypeIsUnsupported() {
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("editor"))
            .contentType(ContentType.TEXT)
            .body("E06000001")
            .post("/local-authorities"),
        415,
        "unsupported-media-type");
  }

  @Test
  void overLargeBodiesAreRefused() throws Exception {
    RawRequest.Answer answer =
        OversizedRequest.post(
            "/local-authorities", 64L * 1024 * 1024, TestTokens.withRoles("editor"));
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.head().toLowerCase()).contains("content-type: application/problem+json");
    assertThat(answer.body()).contains("urn:landscape:problem:payload-too-large");
  }

  @Test
  void aTakenCodeIsAConflict() {
    String code = code("E06");
    create(Map.of("code", code, "name", "First")).then().statusCode(201);
    assertProblem(create(Map.of("code", code, "name", "Second")), 409, "conflict");
    assertThat(given().get("/local-authorities/" + code).jsonPath().getString("name"))
        .isEqualTo("First");
  }

  @Test
  void writesWithoutAValidTokenAreUnauthenticatedAndChangeNothing() {
    String code = code("E06");
    long changesBefore = changeCount();
    Map<String, Object> body = Map.of("code", code, "name", "Nobody");
    Response anonymous =
        given().contentType(ContentType.JSON).body(body).post("/local-authorities");
    assertProblem(anonymous, 401, "unauthenticated");
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    assertProblem(
        given()
            .auth()
            .oauth2("not-a-jwt")
            .contentType(ContentType.JSON)
            .body(body)
            .post("/local-authorities"),
        401,
        "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.fromAnotherIssuer("editor"))
            .contentType(ContentType.JSON)
            .body(body)
            .post("/local-authorities"),
        401,
        "unauthenticated");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.expired("editor"))
            .contentType(ContentType.JSON)
            .body(body)
            .post("/local-authorities"),
        401,
        "unauthenticated");
    assertProblem(given().get("/local-authorities/" + code), 404, "not-found");
    assertThat(changeCount()).isEqualTo(changesBefore);
  }

  @Test
  void writesWithTheWrongRoleAreForbidden() {
    String code = code("E06");
    assertProblem(
        given()
            .auth()
            .oauth2(TestTokens.withRoles("importer"))
            .contentType(ContentType.JSON)
            .body(Map.of("code", code, "name", "X"))
            .post("/local-authorities"),
        403,
        "forbidden");
    assertProblem(given().get("/local-authorities/" + code), 404, "not-found");
  }

  @Test
  void updatesNeedTheCurrentETag() {
    String code = code("E06");
    create(Map.of("code", code, "name", "Before")).then().statusCode(201);
    Map<String, Object> changes = Map.of("name", "After", "validFrom", "2013-04-01");

    assertProblem(
        editor().body(changes).put("/local-authorities/" + code), 428, "precondition-required");
    assertProblem(
        editor().header("If-Match", "\"7\"").body(changes).put("/local-authorities/" + code),
        412,
        "precondition-failed");

    Response updated =
        editor().header("If-Match", "\"0\"").body(changes).put("/local-authorities/" + code);
    updated.then().statusCode(200);
    assertThat(updated.header("ETag")).isEqualTo("\"1\"");
    assertThat(updated.jsonPath().getString("name")).isEqualTo("After");

    assertProblem(
        editor()
            .header("If-Match", "\"0\"")
            .body(Map.of("name", "Lost update"))
            .put("/local-authorities/" + code),
        412,
        "precondition-failed");
    assertThat(given().get("/local-authorities/" + code).jsonPath().getString("name"))
        .isEqualTo("After");
  }

  @Test
  void updatesAreAuthorisedAndValidated() {
    String code = code("E06");
    create(Map.of("code", code, "name", "Guarded")).then().statusCode(201);
    assertProblem(
        given()
            .contentType(ContentType.JSON)
            .header("If-Match", "\"0\"")
            .body(Map.of("name", "X"))
            .put("/local-authorities/" + code),
        401,
        "unauthenticated");
    assertProblem(
        editor()
            .header("If-Match", "\"0\"")
            .body(Map.of("name", ""))
            .put("/local-authorities/" + code),
        400,
        "validation-failed");
    assertProblem(
        editor()
            .header("If-Match", "\"0\"")
            .body(Map.of("name", "X"))
            .put("/local-authorities/E06999998"),
        404,
        "not-found");
  }

  @Test
  void changesAppearInTheFeedInOrder() {
    long after =
        given()
            .queryParam("after", 0)
            .queryParam("limit", 1000)
            .get("/changes")
            .jsonPath()
            .getLong("next");
    String code = code("E06");
    create(Map.of("code", code, "name", "Fed")).then().statusCode(201);
    editor()
        .header("If-Match", "\"0\"")
        .body(Map.of("name", "Fed again"))
        .put("/local-authorities/" + code)
        .then()
        .statusCode(200);
    JsonPath feed =
        given()
            .queryParam("after", after)
            .get("/changes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(feed.getList("items.resourceId", String.class)).containsExactly(code, code);
    assertThat(feed.getList("items.changeType", String.class))
        .containsExactly("CREATED", "UPDATED");
    assertThat(feed.getString("items[1].payload.name")).isEqualTo("Fed again");
    assertThat(feed.getLong("items[1].sequence")).isGreaterThan(feed.getLong("items[0].sequence"));
  }

  @Test
  void listsFilterByNameKindDateAndPage() {
    String marker = "Zqx" + SERIAL.incrementAndGet();
    String open = code("E09");
    String closed = code("E09");
    create(Map.of("code", open, "name", marker + " Open")).then().statusCode(201);
    create(
            Map.of(
                "code",
                closed,
                "name",
                marker + " Closed",
                "validFrom",
                "2013-04-01",
                "validTo",
                "2015-04-01"))
        .then()
        .statusCode(201);

    assertThat(
            given()
                .queryParam("name", marker.toLowerCase())
                .get("/local-authorities")
                .jsonPath()
                .getList("items.code", String.class))
        .containsExactly(open);
    assertThat(
            given()
                .queryParam("name", marker)
                .queryParam("asOf", "2014-01-01")
                .get("/local-authorities")
                .jsonPath()
                .getList("items.code", String.class))
        .containsExactly(open, closed);
    JsonPath page =
        given()
            .queryParam("name", marker)
            .queryParam("asOf", "2014-01-01")
            .queryParam("limit", 1)
            .queryParam("offset", 1)
            .get("/local-authorities")
            .jsonPath();
    assertThat(page.getLong("total")).isEqualTo(2);
    assertThat(page.getList("items.code", String.class)).containsExactly(closed);
    assertThat(
            given()
                .queryParam("name", marker)
                .queryParam("kind", "unitary")
                .get("/local-authorities")
                .jsonPath()
                .getLong("total"))
        .isZero();
    assertThat(
            given()
                .queryParam("name", marker)
                .queryParam("hostsBoard", true)
                .get("/local-authorities")
                .jsonPath()
                .getLong("total"))
        .isEqualTo(1);
    assertProblem(
        given().queryParam("asOf", "2014-01-01").get("/local-authorities/" + open + "x"),
        400,
        "validation-failed");
    assertProblem(
        given().queryParam("asOf", "2016-01-01").get("/local-authorities/" + closed),
        404,
        "not-found");
    given()
        .queryParam("asOf", "2014-01-01")
        .get("/local-authorities/" + closed)
        .then()
        .statusCode(200);
    assertThat(
            given()
                .queryParam("name", "50% _off")
                .get("/local-authorities")
                .jsonPath()
                .getLong("total"))
        .isZero();
  }

  @Test
  void badQueryParametersAreNamed() {
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("asOf", "01/04/2014").get("/local-authorities"),
                    400,
                    "validation-failed")))
        .containsExactly("asOf");
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("kind", "PARISH").get("/local-authorities"),
                    400,
                    "validation-failed")))
        .containsExactly("kind");
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("limit", 0).get("/local-authorities"),
                    400,
                    "validation-failed")))
        .containsExactly("limit");
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("offset", -1).get("/local-authorities"),
                    400,
                    "validation-failed")))
        .containsExactly("offset");
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("upperTier", "E07000001").get("/local-authorities"),
                    400,
                    "validation-failed")))
        .containsExactly("upperTier");
    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("hostsBoard", "maybe").get("/local-authorities"),
                    400,
                    "validation-failed")))
        .containsExactly("hostsBoard");
  }
}
