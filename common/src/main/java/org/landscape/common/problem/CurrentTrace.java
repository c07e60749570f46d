package org.landscape.common.problem;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Optional;

/**
 * The trace id of the request being served: the one its {@code traceparent} header carried, or a
 * new one where it had none. OpenTelemetry keeps it while the request runs (Quarkus puts it in the
 * logging MDC as {@code traceId}), hands it on to every peer called meanwhile, and every problem
 * answers with it, so that one request can be followed through the services' logs.
 */
public final class CurrentTrace {

  private CurrentTrace() {}

  /** The current trace id, 32 lower-case hex digits; empty outside a traced request. */
  public static Optional<String> id() {
    SpanContext context = Span.current().getSpanContext();
    return context.isValid() ? Optional.of(context.getTraceId()) : Optional.empty();
  }
}
