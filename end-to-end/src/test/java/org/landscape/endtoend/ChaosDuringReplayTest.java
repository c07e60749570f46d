package org.landscape.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.landscape.testsupport.OfficialData;

/**
 * The 37 real mergers replay through the saga while a service, picked at random each time, is
 * killed (SIGKILL) every few seconds and started again: the saga runner, the services its steps
 * call, and the register they check. Every merger still completes with every step done, and the
 * consistency report is zero. A suite of its own, loaded by the launcher's own loader.
 */
class ChaosDuringReplayTest {

  private static final int MERGERS = 37;
  private static RunningSuite suite;

  @BeforeAll
  static void startAndLoadTheSuite() throws Exception {
    suite = RunningSuite.start();
    suite.importWithTheLoader(OfficialData.folder(), "hwb,ccg,nominees,practice,commissioning");
  }

  @AfterAll
  static void stopTheSuite() throws Exception {
    if (suite != null) {
      suite.close();
    }
  }

  @Test
  @Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
  void theMergersCompleteWhileServicesAreKilledAndRestarted() throws Exception {
    JsonPath replay =
        given()
            .auth()
            .oauth2(suite.token("importer"))
            .multiPart("successions", OfficialData.file("ods-2025/succ.csv").toFile())
            .multiPart("ccgs", OfficialData.file("ods-2025/eccg.csv").toFile())
            .post(suite.url(RunningSuite.Service.COMMISSIONING) + "/reconfigurations/replay")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(replay.getInt("mergers")).isEqualTo(MERGERS);

    List<RunningSuite.Service> killed = killEachServiceInRandomOrder(Duration.ofSeconds(2));

    JsonPath reconfigurations = awaitAllCompleted(Duration.ofMinutes(5));
    assertThat(killed).containsExactlyInAnyOrder(RunningSuite.Service.values());
    assertThat(reconfigurations.getList("items.state", String.class))
        .hasSize(MERGERS)
        .containsOnly("COMPLETED");
    assertThat(reconfigurations.getList("items.steps.flatten().status", String.class))
        .containsOnly("DONE");
    String report = suite.url(RunningSuite.Service.COMMISSIONING) + "/consistency-report";
    for (String date : List.of("2016-07-01", "2020-04-01", "2022-06-30")) {
      JsonPath then = given().queryParam("asOf", date).get(report).jsonPath();
      assertThat(then.getList("violations")).as(date + ": " + then.prettify()).isEmpty();
    }
  }

  /** Each service once, in a random order, killed {@code pause} after the last one is back. */
  private static List<RunningSuite.Service> killEachServiceInRandomOrder(Duration pause)
      throws Exception {
    List<RunningSuite.Service> order = new ArrayList<>(List.of(RunningSuite.Service.values()));
    long seed = System.nanoTime();
    Collections.shuffle(order, new Random(seed));
    System.out.println("Chaos order (seed " + seed + "): " + order);
    for (RunningSuite.Service service : order) {
      Thread.sleep(pause.toMillis());
      suite.kill(service);
      suite.restart(service);
    }
    return order;
  }

  private static JsonPath awaitAllCompleted(Duration bound) throws InterruptedException {
    Instant deadline = Instant.now().plus(bound);
    JsonPath all = null;
    while (Instant.now().isBefore(deadline)) {
      all =
          given()
              .queryParam("limit", 100)
              .get(suite.url(RunningSuite.Service.COMMISSIONING) + "/reconfigurations")
              .jsonPath();
      List<String> states = all.getList("items.state", String.class);
      if (states.size() == MERGERS && states.stream().allMatch("COMPLETED"::equals)) {
        return all;
      }
      Thread.sleep(500);
    }
    return all;
  }
}
