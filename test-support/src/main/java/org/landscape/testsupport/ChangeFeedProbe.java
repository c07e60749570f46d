package org.landscape.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;

/** Reads the service's change feed, as a consumer would, to see whether a request changed it. */
public final class ChangeFeedProbe {

  private ChangeFeedProbe() {}

  /** The sequence of the last change, read to the end of the feed (0 when empty). */
  public static long latestSequence() {
    long after = 0;
    while (true) {
      JsonPath page =
          given().queryParam("after", after).queryParam("limit", 1000).get("/changes").jsonPath();
      if (page.getList("items").isEmpty()) {
        return after;
      }
      after = page.getLong("next");
    }
  }
}
