package org.landscape.commissioning;

import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.landscape.testsupport.TestTokens;

/** Requests the tests share: providers and contracts through the API, with fictional codes. */
final class Fixtures {

  private static final AtomicInteger SERIAL = new AtomicInteger(1000);

  private Fixtures() {}

  /** The peers as the tests expect them, unless a test changes them. */
  static void peersAnswer(WireMock wiremock) throws Exception {
    wiremock.resetMappings();
    CcgStub.serveRegister(wiremock);
    HwbStub.serveCouncils(wiremock);
  }

  static RequestSpecification editor() {
    return given().auth().oauth2(TestTokens.withRoles("editor")).contentType(ContentType.JSON);
  }

  static RequestSpecification as(String role) {
    return given().auth().oauth2(TestTokens.withRoles(role)).contentType(ContentType.JSON);
  }

  static String newReference() {
    return "TEST-" + SERIAL.incrementAndGet();
  }

  /** An independent-sector provider open since 2000, with a code no other test uses. */
  static String newProvider() {
    String code = "Q" + SERIAL.incrementAndGet();
    editor()
        .body(
            Map.of(
                "code",
                code,
                "name",
                "TEST PROVIDER " + code,
                "kind",
                "INDEPENDENT_SECTOR",
                "openDate",
                "2000-01-01"))
        .post("/providers")
        .then()
        .statusCode(201);
    return code;
  }

  static Map<String, Object> contract(
      String reference,
      String kind,
      String commissioner,
      String provider,
      String category,
      Object value,
      String start,
      String end) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reference", reference);
    body.put("commissioner", Map.of("kind", kind, "code", commissioner));
    body.put("providerCode", provider);
    body.put("category", category);
    body.put("value", value);
    body.put("startDate", start);
    body.put("endDate", end);
    return body;
  }

  static Response draft(Map<String, Object> contract) {
    return editor().body(contract).post("/contracts");
  }

  /** Drafts and activates a contract; returns its reference. */
  static String activeContract(
      String kind,
      String commissioner,
      String provider,
      String category,
      String value,
      String start,
      String end) {
    String reference = newReference();
    draft(
            contract(
                reference,
                kind,
                commissioner,
                provider,
                category,
                new BigDecimal(value),
                start,
                end))
        .then()
        .statusCode(201);
    activate(reference).then().statusCode(200);
    return reference;
  }

  static Response activate(String reference) {
    return editor()
        .header("If-Match", etag(reference))
        .post("/contracts/" + reference + "/activation");
  }

  static String etag(String reference) {
    return given().get("/contracts/" + reference).then().statusCode(200).extract().header("ETag");
  }

  /** A JSON body whose numbers are read exactly, as BigDecimal. */
  static JsonPath exact(Response response) {
    return response.jsonPath(
        JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }
}
