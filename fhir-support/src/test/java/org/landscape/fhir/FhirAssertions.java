package org.landscape.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Assertions on the FHIR view's answers, for the services' tests. */
public final class FhirAssertions {

  private FhirAssertions() {}

  /**
   * Asserts a FHIR JSON answer with the status, valid against base R4, of the resource type; its
   * body as JSON.
   */
  public static JsonPath assertFhir(Response response, int status, String resourceType) {
    String body = response.then().extract().asString();
    assertThat(response.statusCode()).as(body).isEqualTo(status);
    assertThat(response.contentType()).startsWith(FhirMediaTypes.FHIR_JSON);
    FhirSchemaValidation.assertValidJson(body);
    JsonPath json = new JsonPath(body);
    assertThat(json.getString("resourceType")).isEqualTo(resourceType);
    return json;
  }

  /**
   * Asserts an OperationOutcome answer with the status whose first issue has the FHIR issue code
   * ({@code not-found}, {@code invalid} ...).
   */
  public static JsonPath assertOutcome(Response response, int status, String issueCode) {
    JsonPath outcome = assertFhir(response, status, "OperationOutcome");
    assertThat(outcome.getString("issue[0].severity")).isIn("error", "fatal");
    assertThat(outcome.getString("issue[0].code")).isEqualTo(issueCode);
    return outcome;
  }
}
