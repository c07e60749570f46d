package org.landscape.hwb;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscape.testsupport.TestTokens;

/** With open reads switched off, reads need a valid token; operations endpoints stay open. */
@QuarkusTest
@TestProfile(ClosedReadsTest.ClosedReads.class)
class ClosedReadsTest {

  public static class ClosedReads implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("landscape.security.open-reads", "false");
    }
  }

  @Test
  void readsWithoutATokenAreUnauthenticated() {
    assertProblem(given().get("/local-authorities"), 401, "unauthenticated");
    assertProblem(given().get("/changes"), 401, "unauthenticated");
    assertProblem(
        given().auth().oauth2(TestTokens.fromAnotherIssuer()).get("/local-authorities"),
        401,
        "unauthenticated");
  }

  @Test
  void fhirReadsWithoutATokenAreUnauthenticatedOperationOutcomes() {
    assertThat(
            org.landscape.fhir.FhirAssertions.assertOutcome(
                    given().get("/fhir/Organization"), 401, "login")
                .getString("issue[0].details.coding[0].code"))
        .isEqualTo("unauthenticated");
    given()
        .auth()
        .oauth2(TestTokens.withRoles("service"))
        .get("/fhir/metadata")
        .then()
        .statusCode(200);
  }

  @Test
  void readsWithAValidTokenOfAnyRoleSucceed() {
    given()
        .auth()
        .oauth2(TestTokens.withRoles("service"))
        .get("/local-authorities")
        .then()
        .statusCode(200);
  }

  @Test
  void operationsEndpointsStayOpen() {
    given().get("/q/health/ready").then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200);
    given().get("/q/metrics").then().statusCode(200);
  }
}
