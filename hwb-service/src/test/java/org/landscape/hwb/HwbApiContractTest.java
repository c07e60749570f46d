package org.landscape.hwb;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.landscape.hwb.api.CcgSeatHandoverClient;
import org.landscape.hwb.api.HwbRegisterClient;
import org.landscape.testsupport.ClientContract;
import org.landscape.testsupport.PostgresTestResource;

/** What hwb-api's clients call is what this service serves. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class HwbApiContractTest {

  @Test
  void everyCallOfThePublishedClientsIsAnOperationServedHere() {
    String served =
        given()
            .accept(ContentType.JSON)
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    ClientContract.assertServedBy(HwbRegisterClient.class, served);
    ClientContract.assertServedBy(CcgSeatHandoverClient.class, served);
  }
}
