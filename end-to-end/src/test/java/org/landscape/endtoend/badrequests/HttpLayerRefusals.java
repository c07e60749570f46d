package org.landscape.endtoend.badrequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.landscape.testsupport.ProblemAssertions;
import org.landscape.testsupport.RawRequest;

/**
 * What the HTTP layer refuses before any resource sees the request, sent byte for byte: an
 * over-long request line (414), over-large headers (431), a body announced larger than the limit
 * (413) and a malformed Host. Each is a problem+json too, up to the outer limits of Vert.x's
 * decoder (64 KiB), past which it answers with a bare status (see HttpLayerProblems).
 */
public final class HttpLayerRefusals {

  private HttpLayerRefusals() {}

  public static void assertAllProblems(int port) throws IOException {
    assertProblem(
        RawRequest.send(
            port,
            "GET /changes?after=" + "9".repeat(20_000) + " HTTP/1.1\r\nHost: localhost",
            new byte[0]),
        414);
    assertProblem(
        RawRequest.send(
            port,
            "GET /changes HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(40_000),
            new byte[0]),
        431);
    assertProblem(
        RawRequest.send(
            port,
            "POST /changes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: "
                + 1L * 1024 * 1024 * 1024,
            new byte[0]),
        413);
    RawRequest.Answer badHost =
        RawRequest.send(port, "GET /changes HTTP/1.1\r\nHost: localhost:abc", new byte[0]);
    assertThat(badHost.status()).as(badHost.head()).isBetween(400, 499);
    assertThat(badHost.header("Content-Type")).startsWith("application/problem+json");
  }

  private static void assertProblem(RawRequest.Answer answer, int status) {
    assertThat(answer.status()).as(answer.head()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.body()).contains("\"status\":" + status);
    ProblemAssertions.assertNoInternals(answer.body());
    assertThat(answer.body().getBytes(StandardCharsets.UTF_8)).isNotEmpty();
  }
}
