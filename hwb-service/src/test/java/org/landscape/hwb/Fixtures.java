package org.landscape.hwb;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.landscape.testsupport.TestTokens;

/**
 * Fictional councils (E0x98xxxx, a range no other test uses) and their boards, seats and documents,
 * created through the API, so that tests on the shared database never meet.
 */
final class Fixtures {

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private Fixtures() {}

  static RequestSpecification editor() {
    return given().auth().oauth2(TestTokens.withRoles("editor")).contentType(ContentType.JSON);
  }

  static String newCode(String prefix) {
    return prefix + "98" + String.format("%04d", SERIAL.incrementAndGet());
  }

  /** A new unitary council of the register. */
  static String council() {
    String code = newCode("E06");
    editor()
        .body(Map.of("code", code, "name", "Testbury " + code))
        .post("/local-authorities")
        .then()
        .statusCode(201);
    return code;
  }

  /** A new unitary council with a board on the default dates (shadow 2012, statutory 2013). */
  static String councilWithBoard() {
    String code = council();
    editor().body(Map.of("authorityCode", code)).post("/boards").then().statusCode(201);
    return code;
  }

  static Response seat(String board, Map<String, Object> seat) {
    return editor().body(seat).post("/boards/" + board + "/members");
  }

  static Map<String, Object> seat(String person, String role, String from) {
    return Map.of("personName", person, "role", role, "validFrom", from);
  }

  static Map<String, Object> ccgSeat(String person, String ccg, String from, String to) {
    Map<String, Object> seat = new HashMap<>(seat(person, "CCG_REPRESENTATIVE", from));
    seat.put("ccgCode", ccg);
    if (to != null) {
      seat.put("validTo", to);
    }
    return seat;
  }

  /** Seats every mandatory role but those named, from the date. */
  static void seatMandatoryRolesExcept(String board, String from, String... missing) {
    List<String> skipped = List.of(missing);
    for (String role :
        List.of(
            "ELECTED_COUNCILLOR",
            "DIRECTOR_OF_ADULT_SOCIAL_SERVICES",
            "DIRECTOR_OF_CHILDRENS_SERVICES",
            "DIRECTOR_OF_PUBLIC_HEALTH",
            "HEALTHWATCH_REPRESENTATIVE")) {
      if (!skipped.contains(role)) {
        seat(board, seat("Holder of " + role, role, from)).then().statusCode(201);
      }
    }
  }

  static Response strategy(String board, String from, String to) {
    Map<String, Object> document =
        new HashMap<>(
            Map.of(
                "kind",
                "JOINT_HEALTH_AND_WELLBEING_STRATEGY",
                "title",
                "Wellbeing for Life",
                "priorities",
                List.of("Reduce health inequalities", "Healthy ageing"),
                "validFrom",
                from));
    if (to != null) {
      document.put("validTo", to);
    }
    return editor().body(document).post("/boards/" + board + "/joint-documents");
  }

  static Map<String, Object> opinion(String ccg, String year, String givenOn) {
    return Map.of(
        "ccgCode",
        ccg,
        "planReference",
        ccg + "-plan-" + year,
        "financialYear",
        year,
        "opinion",
        "TAKES_PROPER_ACCOUNT",
        "reasons",
        List.of("Addresses the strategy's priorities"),
        "givenOn",
        givenOn);
  }

  static JsonPath compliance(String board, String asOf) {
    return given()
        .queryParam("asOf", asOf)
        .get("/boards/" + board + "/compliance")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static List<String> failedRules(JsonPath report) {
    return report.getList("findings.findAll { !it.passed }.rule", String.class);
  }
}
