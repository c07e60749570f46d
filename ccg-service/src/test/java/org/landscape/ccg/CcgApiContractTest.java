package org.landscape.ccg;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.landscape.ccg.api.CcgRegisterClient;
import org.landscape.ccg.api.CcgWriteClient;
import org.landscape.ccg.api.GoverningBodySeatClient;
import org.landscape.testsupport.ClientContract;
import org.landscape.testsupport.PostgresTestResource;

/** What ccg-api's clients call is what this service serves. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class CcgApiContractTest {

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
    ClientContract.assertServedBy(CcgRegisterClient.class, served);
    ClientContract.assertServedBy(CcgWriteClient.class, served);
    ClientContract.assertServedBy(GoverningBodySeatClient.class, served);
  }
}
