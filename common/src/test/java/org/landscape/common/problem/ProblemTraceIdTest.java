package org.landscape.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTraceIdTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aProblemBuiltWhileARequestIsTracedCarriesItsTraceId() throws Exception {
    Problem problem;
    try (Scope request = traced(TRACE_ID, TraceFlags.getSampled())) {
      problem =
          Problems.problem(ProblemType.NOT_FOUND, "No CCG 00X", "/ccgs/00X", List.of(), List.of());
    }
    assertThat(problem.traceId()).isEqualTo(TRACE_ID);
    JsonNode wire = json.readTree(json.writeValueAsString(problem));
    assertThat(wire.get("traceId").asText()).isEqualTo(TRACE_ID);
    assertThat(wire.get("status").asInt()).isEqualTo(404);
  }

  @Test
  void aTraceThatIsNotSampledStillNamesItsId() {
    try (Scope request = traced(TRACE_ID, TraceFlags.getDefault())) {
      assertThat(Problems.problem(ProblemType.CONFLICT, "x", "/x", List.of(), List.of()).traceId())
          .isEqualTo(TRACE_ID);
    }
  }

  @Test
  void outsideATracedRequestTheFieldIsLeftOut() throws Exception {
    Problem problem =
        Problems.problem(ProblemType.CONFLICT, "Taken", "/ccgs", List.of(), List.of());
    assertThat(problem.traceId()).isNull();
    assertThat(json.readTree(json.writeValueAsString(problem)).has("traceId")).isFalse();
  }

  @Test
  void anotherStatusKeepsTheTraceId() {
    try (Scope request = traced(TRACE_ID, TraceFlags.getSampled())) {
      Problem problem =
          Problems.problem(ProblemType.NOT_FOUND, "gone", "/x", List.of(), List.of())
              .withStatus(410);
      assertThat(problem.status()).isEqualTo(410);
      assertThat(problem.traceId()).isEqualTo(TRACE_ID);
      assertThat(problem.detail()).isEqualTo("gone");
    }
  }

  @Test
  void theResponseCarriesTheProblemWithItsTraceId() {
    try (Scope request = traced(TRACE_ID, TraceFlags.getSampled())) {
      var response = Problems.response(ProblemType.CONFLICT, "Taken", "/ccgs");
      assertThat(((Problem) response.getEntity()).traceId()).isEqualTo(TRACE_ID);
    }
  }

  private static Scope traced(String traceId, TraceFlags flags) {
    return Span.wrap(
            SpanContext.createFromRemoteParent(
                traceId, "00f067aa0ba902b7", flags, TraceState.getDefault()))
        .makeCurrent();
  }
}
