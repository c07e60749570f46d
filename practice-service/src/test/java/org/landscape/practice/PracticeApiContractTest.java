package org.landscape.practice;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.landscape.practice.api.CcgTransferClient;
import org.landscape.practice.api.PracticeRegisterClient;
import org.landscape.testsupport.ClientContract;
import org.landscape.testsupport.PostgresTestResource;

/** What practice-api's client calls is what this service serves. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PracticeApiContractTest {

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
    ClientContract.assertServedBy(PracticeRegisterClient.class, served);
    ClientContract.assertServedBy(CcgTransferClient.class, served);
  }
}
