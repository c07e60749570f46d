package org.landscape.common.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;

class PeerUnavailableTest {

  @Test
  void an_answer_passes_through() {
    assertThat(PeerUnavailable.guarded("ccg-service", "check the CCG", () -> "00C"))
        .isEqualTo("00C");
  }

  @Test
  void a_failure_to_reach_the_peer_is_a_503_naming_the_peer_and_the_purpose() {
    assertThatThrownBy(
            () ->
                PeerUnavailable.guarded(
                    "ccg-service",
                    "check the CCG",
                    () -> {
                      throw new UncheckedIOException(new java.io.IOException("reset"));
                    }))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(ProblemType.PEER_UNAVAILABLE);
              assertThat(problem.getMessage())
                  .isEqualTo(
                      "ccg-service cannot be reached to check the CCG; nothing was changed, retry later")
                  .doesNotContain("reset");
            });
  }

  @Test
  void a_problem_of_the_peers_own_is_kept() {
    ProblemException notFound = ProblemException.notFound("CCG", "99X");
    assertThatThrownBy(
            () ->
                PeerUnavailable.guarded(
                    "ccg-service",
                    "check the CCG",
                    () -> {
                      throw notFound;
                    }))
        .isSameAs(notFound);
  }
}
