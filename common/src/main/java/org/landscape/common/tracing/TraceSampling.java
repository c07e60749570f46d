package org.landscape.common.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Which spans OpenTelemetry records, and so exports. The SDK is always on, so that every request
 * has a trace id (the one its {@code traceparent} header carried, or a new one) that Quarkus puts
 * in the log lines' MDC, that problems answer with, and that calls to peers pass on in their own
 * {@code traceparent}. Unless spans are exported ({@link TracingSettings#export()}) nothing is
 * recorded: the ids still propagate, as spans that are not sampled, and no export is tried against
 * a collector that is not there. When they are, spans are recorded as the caller sampled them,
 * every root span being sampled: Quarkus' own default.
 */
@ApplicationScoped
public class TraceSampling {

  @Produces
  @Singleton
  Sampler sampler(TracingSettings settings) {
    return forExport(settings.export());
  }

  static Sampler forExport(boolean export) {
    return export ? Sampler.parentBased(Sampler.alwaysOn()) : Sampler.alwaysOff();
  }
}
