package org.landscape.practice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.agroal.api.AgroalDataSource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.ccg.api.CcgFeedJob;

/** practice-service follows ccg-service's change feed to find practices left in closed CCGs. */
@QuarkusTest
@ConnectWireMock
class CcgFeedFollowingTest {

  WireMock wiremock;

  @Inject CcgFeedJob feed;
  @Inject AgroalDataSource database;

  private static final String EVENTS =
      """
      {"items": [
        {"sequence": 1, "resourceType": "ccg", "resourceId": "00C", "changeType": "CREATED",
         "payload": {"code": "00C", "openDate": "2013-04-01", "closeDate": null}},
        {"sequence": 2, "resourceType": "ccg-area", "resourceId": "00C", "changeType": "UPDATED", "payload": []},
        {"sequence": 3, "resourceType": "ccg", "resourceId": "00C", "changeType": "UPDATED",
         "payload": {"code": "00C", "openDate": "2013-04-01", "closeDate": "2020-04-01"}}
      ], "next": 3}
      """;

  private void serveFeed() {
    wiremock.register(
        get(urlPathEqualTo("/changes"))
            .withQueryParam("after", equalTo("0"))
            .willReturn(okJson(EVENTS)));
    wiremock.register(
        get(urlPathEqualTo("/changes"))
            .withQueryParam("after", equalTo("3"))
            .willReturn(okJson("{\"items\": [], \"next\": 3}")));
  }

  @BeforeEach
  void followFromTheStart() throws Exception {
    rewindCursor();
  }

  private static JsonPath flags(String asOf) {
    return given()
        .queryParam("asOf", asOf)
        .get("/membership-flags")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private void rewindCursor() throws Exception {
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(
          "update feed_cursor set position = 0 where feed = '" + CcgFeedJob.FEED + "'");
    }
  }

  @Test
  void practicesLeftInAClosedCcgAreFlaggedFromTheFeedIdempotently() throws Exception {
    CcgStub.serveSample(wiremock);
    String practice = PracticeResourceTest.practiceIn("00C");
    serveFeed();

    assertThat(feed.catchUp()).isEqualTo(3);
    JsonPath after = flags("2020-06-01");
    assertThat(after.getLong("followedUpTo")).isEqualTo(3);
    assertThat(
            after.getList(
                "flags.findAll { it.practiceCode == '" + practice + "' }.reason", String.class))
        .singleElement()
        .asString()
        .contains("00C closed on 2020-04-01");
    assertThat(flags("2019-06-01").getList("flags.practiceCode")).doesNotContain(practice);

    // nothing new: nothing applied; replayed from the start: the same state
    assertThat(feed.catchUp()).isZero();
    rewindCursor();
    assertThat(feed.catchUp()).isEqualTo(3);
    assertThat(flags("2020-06-01").getList("flags.practiceCode")).containsOnlyOnce(practice);
  }

  @Test
  void whenCcgServiceIsDownTheCursorWaits() throws Exception {
    serveFeed();
    feed.catchUp();
    rewindCursor();
    wiremock.register(
        get(urlPathEqualTo("/changes"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThat(feed.catchUp()).isZero();
    assertThat(flags("2020-06-01").getLong("followedUpTo")).isZero();
    serveFeed();
    assertThat(feed.catchUp()).isEqualTo(3);
  }
}
