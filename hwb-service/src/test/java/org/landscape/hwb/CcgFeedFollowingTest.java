package org.landscape.hwb;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.hwb.Fixtures.ccgSeat;
import static org.landscape.hwb.Fixtures.councilWithBoard;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;
import static org.landscape.testsupport.ProblemAssertions.failingFields;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.agroal.api.AgroalDataSource;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.ccg.api.CcgFeedJob;
import org.landscape.common.changefeed.FeedFollower;
import org.landscape.hwb.CcgStub.Ccg;

/**
 * hwb-service follows ccg-service's change feed (stubbed) to know which CCGs cover each council,
 * and tells each board when that changes. The cursor is shared by the tests, so each test serves
 * its changes after the position the last one reached, with CCG codes of its own.
 */
@QuarkusTest
@ConnectWireMock
class CcgFeedFollowingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SERIAL = new AtomicInteger();

  WireMock wiremock;

  @Inject CcgFeedJob feed;
  @Inject FeedFollower follower;
  @Inject AgroalDataSource database;

  @BeforeEach
  void forgetStubs() {
    wiremock.resetMappings();
  }

  /** A CCG code no other test uses: five characters, as CCGs formed by mergers have. */
  private static String newCcg() {
    return String.format("Q%04d", SERIAL.incrementAndGet());
  }

  /** Changes to serve, numbered on from the position the cursor is at. */
  private final class Changes {
    final long from = follower.position(CcgFeedJob.FEED);
    final List<Map<String, Object>> items = new ArrayList<>();

    Changes event(String type, String id, String changeType, Object payload) {
      Map<String, Object> event = new HashMap<>();
      event.put("sequence", from + items.size() + 1);
      event.put("resourceType", type);
      event.put("resourceId", id);
      event.put("changeType", changeType);
      event.put("occurredAt", "2024-01-01T00:00:00Z");
      event.put("payload", payload);
      items.add(event);
      return this;
    }

    Changes ccg(String code, String openDate, String closeDate) {
      Map<String, Object> record = new HashMap<>();
      record.put("code", code);
      record.put("onsCode", null);
      record.put("name", "NHS " + code + " CCG");
      record.put("openDate", openDate);
      record.put("closeDate", closeDate);
      return event("ccg", code, "UPDATED", record);
    }

    Changes area(String code, Map<?, ?>... entries) {
      return event("ccg-area", code, "UPDATED", List.of(entries));
    }

    long next() {
      return from + items.size();
    }

    /** Serves the changes after the starting position, and nothing after the last. */
    void serve() {
      serveAfter(from);
    }

    void serveAfter(long after) {
      wiremock.register(
          get(urlPathEqualTo("/changes"))
              .withQueryParam("after", equalTo(String.valueOf(after)))
              .willReturn(okJson(json(Map.of("items", items, "next", next())))));
      wiremock.register(
          get(urlPathEqualTo("/changes"))
              .withQueryParam("after", equalTo(String.valueOf(next())))
              .willReturn(okJson(json(Map.of("items", List.of(), "next", next())))));
    }
  }

  /** An area entry as a later ccg-service may state it: a field and a kind of source added. */
  private static Map<String, Object> fromALaterRelease(Map<String, Object> entry) {
    entry.put("source", "A_LATER_KIND_OF_SOURCE");
    entry.put("confidence", "high");
    return entry;
  }

  /** An area entry as ccg-service's feed states it. */
  private static Map<String, Object> covers(String authority, String from, String to) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("localAuthorityCode", authority);
    entry.put("shareOfCcg", null);
    entry.put("shareOfAuthority", null);
    entry.put("source", "MANUAL");
    entry.put("validFrom", from);
    entry.put("validTo", to);
    return entry;
  }

  private static JsonPath coverageChanges(String board, String asOf) {
    return given()
        .queryParam("asOf", asOf)
        .get("/boards/" + board + "/coverage-changes")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private long storedCursor() throws Exception {
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement();
        ResultSet row =
            sql.executeQuery(
                "select position from feed_cursor where feed = '" + CcgFeedJob.FEED + "'")) {
      assertThat(row.next()).isTrue();
      return row.getLong(1);
    }
  }

  private void moveCursor(long position) throws Exception {
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(
          "update feed_cursor set position = "
              + position
              + " where feed = '"
              + CcgFeedJob.FEED
              + "'");
    }
  }

  /** The CCG's coverage periods as stored: "council from to" each. */
  private List<String> storedCoverage(String ccg) throws Exception {
    List<String> periods = new ArrayList<>();
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select local_authority_code, valid_from, valid_to from ccg_coverage where ccg_code = '"
                    + ccg
                    + "' order by local_authority_code, valid_from")) {
      while (rows.next()) {
        periods.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
      }
    }
    return periods;
  }

  @Test
  void theCursorAdvancesIsStoredAndAReplayAppliesNothingTwice() throws Exception {
    String board = councilWithBoard();
    String ccg = newCcg();
    Changes changes =
        new Changes().ccg(ccg, "2013-04-01", null).area(ccg, covers(board, "2013-04-01", null));
    changes.serve();

    assertThat(feed.catchUp()).isEqualTo(2);
    assertThat(follower.position(CcgFeedJob.FEED)).isEqualTo(changes.next());
    assertThat(storedCursor()).isEqualTo(changes.next());
    JsonPath learned = coverageChanges(board, "2014-01-01");
    assertThat(learned.getInt("total")).isEqualTo(1);
    assertThat(learned.getString("items[0].date")).isEqualTo("2013-04-01");
    assertThat(learned.getList("items[0].added.ccgCode")).containsExactly(ccg);
    assertThat(learned.getLong("items[0].learnedAtSequence")).isEqualTo(changes.next());

    // nothing new: nothing applied
    assertThat(feed.catchUp()).isZero();

    // the same changes delivered again (here with other contents): already applied, so ignored
    moveCursor(changes.from);
    Changes replay =
        new Changes().ccg(ccg, "2014-04-01", null).area(ccg, covers(board, "2014-04-01", null));
    assertThat(replay.from).isEqualTo(changes.from);
    replay.serve();
    assertThat(feed.catchUp()).isEqualTo(2);
    assertThat(storedCursor()).isEqualTo(changes.next());
    JsonPath again = coverageChanges(board, "2014-01-01");
    assertThat(again.getInt("total")).isEqualTo(1);
    assertThat(again.getString("items[0].date")).isEqualTo("2013-04-01");
    assertThat(again.getLong("items[0].learnedAtSequence")).isEqualTo(changes.next());
    assertThat(storedCoverage(ccg)).containsExactly(board + " 2013-04-01 null");
  }

  @Test
  void severalReplicasApplyEachPageOnce() throws Exception {
    String board = councilWithBoard();
    String ccg = newCcg();
    Changes changes =
        new Changes()
            .ccg(ccg, "2013-04-01", null)
            .area(ccg, covers(board, "2013-04-01", null))
            .ccg(ccg, "2013-04-01", "2019-04-01");
    wiremock.register(
        get(urlPathEqualTo("/changes"))
            .withQueryParam("after", equalTo(String.valueOf(changes.from)))
            .willReturn(
                okJson(json(Map.of("items", changes.items, "next", changes.next())))
                    .withFixedDelay(300)));
    wiremock.register(
        get(urlPathEqualTo("/changes"))
            .withQueryParam("after", equalTo(String.valueOf(changes.next())))
            .willReturn(okJson(json(Map.of("items", List.of(), "next", changes.next())))));

    ExecutorService replicas = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> one = replicas.submit(feed::catchUp);
      Future<Integer> other = replicas.submit(feed::catchUp);
      assertThat(one.get() + other.get()).isEqualTo(3);
    } finally {
      replicas.shutdown();
    }
    assertThat(storedCursor()).isEqualTo(changes.next());
    assertThat(coverageChanges(board, "2014-01-01").getList("items.date"))
        .containsExactly("2013-04-01", "2019-04-01");
  }

  @Test
  void anAreaChangeIsNoticedByTheBoardsOfTheCouncilsConcerned() throws Exception {
    String newcastle = councilWithBoard();
    String gateshead = councilWithBoard();
    String untouched = councilWithBoard();
    String north = newCcg();
    String south = newCcg();
    String merged = newCcg();
    new Changes()
        .ccg(north, "2013-04-01", "2015-04-01")
        .ccg(south, "2013-04-01", null)
        .ccg(merged, "2015-04-01", null)
        .area(north, covers(newcastle, "2013-04-01", null))
        .area(south, covers(newcastle, "2013-04-01", null))
        .area(merged, covers(newcastle, "2015-04-01", null))
        .serve();
    assertThat(feed.catchUp()).isEqualTo(6);

    // south's area changes: from April 2015 it covers Gateshead instead of Newcastle
    new Changes()
        .area(
            south,
            covers(newcastle, "2013-04-01", "2015-04-01"),
            covers(gateshead, "2015-04-01", null))
        .serve();
    assertThat(feed.catchUp()).isEqualTo(1);

    // Newcastle's board seats the merged CCG's representative; Gateshead's seats nobody for south
    CcgStub.lookup(wiremock, "2015-04-01", Ccg.operational(merged, newcastle));
    Fixtures.seat(newcastle, ccgSeat("Dr M", merged, "2015-04-01", null)).then().statusCode(201);
    CcgStub.beUnreachable(wiremock); // answered from this service's own record

    JsonPath changes = coverageChanges(newcastle, "2015-06-01");
    assertThat(changes.getList("items.date")).containsExactly("2013-04-01", "2015-04-01");
    assertThat(changes.getList("items[0].added.ccgCode")).containsExactly(north, south);
    assertThat(changes.getList("items[0].removed")).isEmpty();
    assertThat(changes.getList("items[1].added.ccgCode")).containsExactly(merged);
    assertThat(changes.getList("items[1].removed")).containsExactly(north, south);
    assertThat(changes.getList("items[1].relevantCcgs")).containsExactly(merged);
    assertThat(changes.getBoolean("items[1].added[0].representativeSeated")).isTrue();
    assertThat(changes.getBoolean("items[1].added[0].actionNeeded")).isFalse();
    assertThat(changes.getString("items[1].checkedOn")).isEqualTo("2015-06-01");
    // the 2013 CCGs are seated by nobody, but are no longer relevant on the day checked
    assertThat(changes.getList("items[0].added.actionNeeded")).containsOnly(false);
    assertThat(coverageChanges(newcastle, "2014-01-01").getList("items[0].added.actionNeeded"))
        .containsOnly(true);

    JsonPath gatesheads = coverageChanges(gateshead, "2015-06-01");
    assertThat(gatesheads.getList("items.date")).containsExactly("2015-04-01");
    assertThat(gatesheads.getList("items[0].added.ccgCode")).containsExactly(south);
    assertThat(gatesheads.getBoolean("items[0].added[0].representativeSeated")).isFalse();
    assertThat(gatesheads.getBoolean("items[0].added[0].actionNeeded")).isTrue();
    // a later change is checked on its own day
    assertThat(coverageChanges(gateshead, "2014-01-01").getString("items[0].checkedOn"))
        .isEqualTo("2015-04-01");

    assertThat(coverageChanges(untouched, "2015-06-01").getInt("total")).isZero();
  }

  @Test
  void aClosureRemovesTheCcgFromCoverageFromItsCloseDate() throws Exception {
    String board = councilWithBoard();
    String ccg = newCcg();
    new Changes().ccg(ccg, "2013-04-01", null).area(ccg, covers(board, "2013-04-01", null)).serve();
    feed.catchUp();
    assertThat(coverageChanges(board, "2014-01-01").getList("items.date"))
        .containsExactly("2013-04-01");
    assertThat(storedCoverage(ccg)).containsExactly(board + " 2013-04-01 null");

    new Changes().ccg(ccg, "2013-04-01", "2016-04-01").serve();
    assertThat(feed.catchUp()).isEqualTo(1);

    assertThat(storedCoverage(ccg)).containsExactly(board + " 2013-04-01 2016-04-01");
    JsonPath changes = coverageChanges(board, "2016-06-01");
    assertThat(changes.getList("items.date")).containsExactly("2013-04-01", "2016-04-01");
    assertThat(changes.getList("items[1].added")).isEmpty();
    assertThat(changes.getList("items[1].removed")).containsExactly(ccg);
    assertThat(changes.getList("items[1].relevantCcgs")).isEmpty();
    assertThat(changes.getList("items[0].added.actionNeeded")).containsOnly(false);
  }

  @Test
  void unreadableAndUnknownChangesAreIgnoredAndTheFeedGoesOn() throws Exception {
    String board = councilWithBoard();
    String ccg = newCcg();
    Changes changes =
        new Changes()
            .event("ccg-oversight", ccg, "UPDATED", Map.of("areaTeamCode", "Q99"))
            .event("ccg-succession", ccg + ">13T", "CREATED", Map.of("successorCode", "13T"))
            .event("ccg", "not a code", "CREATED", Map.of("openDate", "2013-04-01"))
            .event("ccg", ccg, "UPDATED", null)
            .event("ccg", ccg, "UPDATED", List.of("not", "a", "ccg"))
            .ccg(ccg, "2013-04-01", null)
            .area(ccg, fromALaterRelease(covers(board, "2013-04-01", null)))
            // after the good ones: each would change the coverage if it were applied
            .ccg(ccg, "2015-13-45", null)
            .ccg(ccg, "2016-04-01", "2014-04-01")
            .event("ccg", ccg, "UPDATED", Map.of("code", "00G", "closeDate", "2014-04-01"))
            .event("ccg", ccg, "UPDATED", Map.of("openDate", 20130401))
            .event("ccg", ccg, "DELETED", Map.of("code", ccg, "closeDate", "2014-04-01"))
            .event("ccg-area", ccg, "UPDATED", Map.of("localAuthorityCode", board))
            .area(ccg, covers("X123", "2013-04-01", null))
            .area(ccg, covers(board, "2015-04-01", "2014-04-01"))
            .event("ccg-area", ccg, "UPDATED", List.of("E06000001"));
    changes.serve();

    assertThat(feed.catchUp()).isEqualTo(changes.items.size());
    assertThat(storedCursor()).isEqualTo(changes.next());
    assertThat(storedCoverage(ccg)).containsExactly(board + " 2013-04-01 null");
    JsonPath learned = coverageChanges(board, "2014-06-01");
    assertThat(learned.getList("items.date")).containsExactly("2013-04-01");
    assertThat(learned.getList("items[0].added.ccgCode")).containsExactly(ccg);
    assertThat(learned.getList("items[0].added.actionNeeded")).containsOnly(true);
  }

  @Test
  void theChangesPage() throws Exception {
    String board = councilWithBoard();
    String ccg = newCcg();
    new Changes()
        .ccg(ccg, "2013-04-01", "2020-04-01")
        .area(
            ccg,
            covers(board, "2013-04-01", "2015-04-01"),
            covers(board, "2016-04-01", "2017-04-01"))
        .serve();
    feed.catchUp();
    List<String> dates = List.of("2013-04-01", "2015-04-01", "2016-04-01", "2017-04-01");
    assertThat(coverageChanges(board, "2014-01-01").getList("items.date"))
        .containsExactlyElementsOf(dates);

    JsonPath first =
        given()
            .queryParam("limit", 3)
            .get("/boards/" + board + "/coverage-changes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getList("items.date")).containsExactlyElementsOf(dates.subList(0, 3));
    assertThat(first.getInt("total")).isEqualTo(4);
    assertThat(first.getInt("limit")).isEqualTo(3);
    assertThat(first.getInt("offset")).isZero();
    JsonPath rest =
        given()
            .queryParam("limit", 3)
            .queryParam("offset", 3)
            .get("/boards/" + board + "/coverage-changes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(rest.getList("items.date")).containsExactly("2017-04-01");
    assertThat(rest.getInt("total")).isEqualTo(4);
    assertThat(rest.getInt("offset")).isEqualTo(3);

    assertThat(
            failingFields(
                assertProblem(
                    given().queryParam("limit", 0).get("/boards/" + board + "/coverage-changes"),
                    400,
                    "validation-failed")))
        .isNotEmpty();
  }

  @Test
  void aCouncilWithoutABoardIsANotFoundProblem() {
    assertProblem(given().get("/boards/E06989999/coverage-changes"), 404, "not-found");
    assertProblem(
        given().get("/boards/" + Fixtures.council() + "/coverage-changes"), 404, "not-found");
    assertThat(
            failingFields(
                assertProblem(
                    given().get("/boards/X1/coverage-changes"), 400, "validation-failed")))
        .isNotEmpty();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException notSerialisable) {
      throw new IllegalStateException(notSerialisable);
    }
  }
}
