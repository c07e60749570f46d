package org.landscape.hwb;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.hwb.Fixtures.councilWithBoard;
import static org.landscape.testsupport.ProblemAssertions.assertProblem;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscape.hwb.CcgStub.Ccg;

/**
 * One request can be followed through the services: the trace id it came with goes on to
 * ccg-service in the calls made while serving it, and comes back in its problem.
 */
@QuarkusTest
@ConnectWireMock
class TracePropagationTest {

  private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
  private static final String CALLER_SPAN = "b7ad6b7169203331";

  WireMock wiremock;

  @BeforeEach
  void forget() {
    wiremock.resetMappings();
    wiremock.resetRequests();
  }

  @Test
  void callsToCcgServiceCarryTheTraceIdOfTheRequestBeingServed() {
    String board = councilWithBoard();
    CcgStub.covering(wiremock, board, "2014-06-01", Ccg.operational("96A", board));
    given()
        .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
        .queryParam("asOf", "2014-06-01")
        .get("/boards/" + board + "/compliance")
        .then()
        .statusCode(200);

    List<LoggedRequest> calls = wiremock.find(getRequestedFor(urlPathEqualTo("/ccgs")));
    assertThat(calls).isNotEmpty();
    for (LoggedRequest call : calls) {
      String traceparent = call.getHeader("traceparent");
      assertThat(traceparent).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-[0-9a-f]{2}");
      // hwb-service's own client span, child of the caller's
      assertThat(traceparent).doesNotContain(CALLER_SPAN);
      // no collector here, so nothing is recorded (common's TraceSampling): the flags say so
      assertThat(Integer.parseInt(traceparent.substring(53), 16) & 1).isZero();
    }
  }

  @Test
  void aProblemFromAnUnreachablePeerNamesTheTraceIdThatReachedIt() {
    String board = councilWithBoard();
    CcgStub.beUnreachable(wiremock);
    String traceId =
        assertProblem(
                given()
                    .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                    .queryParam("asOf", "2014-06-01")
                    .get("/boards/" + board + "/compliance"),
                503,
                "peer-unavailable")
            .getString("traceId");
    assertThat(traceId).isEqualTo(TRACE_ID);
    wiremock.verifyThat(
        getRequestedFor(urlPathEqualTo("/ccgs"))
            .withHeader("traceparent", matching("00-" + TRACE_ID + "-[0-9a-f]{16}-[0-9a-f]{2}")));
  }

  @Test
  void withoutATraceparentTheRequestGetsATraceIdOfItsOwnThatThePeerSeesToo() {
    String board = councilWithBoard();
    CcgStub.beUnreachable(wiremock);
    String traceId =
        assertProblem(
                given().queryParam("asOf", "2014-06-01").get("/boards/" + board + "/compliance"),
                503,
                "peer-unavailable")
            .getString("traceId");
    assertThat(traceId).matches("[0-9a-f]{32}");
    wiremock.verifyThat(
        getRequestedFor(urlPathEqualTo("/ccgs"))
            .withHeader("traceparent", matching("00-" + traceId + "-[0-9a-f]{16}-[0-9a-f]{2}")));
  }
}
