package org.landscape.common.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceSamplingTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

  @Test
  void withoutExportNothingIsRecordedEvenWhenTheCallerSampled() {
    assertThat(decision(false, true)).isEqualTo(SamplingDecision.DROP);
    assertThat(decision(false, false)).isEqualTo(SamplingDecision.DROP);
  }

  @Test
  void withExportTheCallersDecisionHolds() {
    assertThat(decision(true, true)).isEqualTo(SamplingDecision.RECORD_AND_SAMPLE);
    assertThat(decision(true, false)).isEqualTo(SamplingDecision.DROP);
  }

  @Test
  void levelsOfTheRequestLog() {
    assertThat(RequestLog.level("GET", "/changes", 200).name()).isEqualTo("DEBUG");
    assertThat(RequestLog.level("GET", "/changes", 400).name()).isEqualTo("INFO");
    assertThat(RequestLog.level("GET", "/ccgs/00C", 200).name()).isEqualTo("INFO");
    assertThat(RequestLog.level("POST", "/ccg-transfers", 201).name()).isEqualTo("INFO");
  }

  private static SamplingDecision decision(boolean export, boolean callerSampled) {
    Context parent =
        Context.root()
            .with(
                Span.wrap(
                    SpanContext.createFromRemoteParent(
                        TRACE_ID,
                        "00f067aa0ba902b7",
                        callerSampled ? TraceFlags.getSampled() : TraceFlags.getDefault(),
                        TraceState.getDefault())));
    return TraceSampling.forExport(export)
        .shouldSample(
            parent, TRACE_ID, "GET /ccgs", SpanKind.SERVER, Attributes.empty(), List.<LinkData>of())
        .getDecision();
  }
}
