package org.landscape.common.tracing;

import io.smallrye.config.ConfigMapping;

/**
 * {@code landscape.tracing.*}: whether spans go to a collector ({@code LANDSCAPE_TRACING_EXPORT};
 * value in common's META-INF/microprofile-config.properties).
 */
@ConfigMapping(prefix = "landscape.tracing")
public interface TracingSettings {

  /**
   * Whether spans are recorded and exported to the OTLP collector at {@code
   * quarkus.otel.exporter.otlp.endpoint}. Trace ids are kept, logged and passed on either way.
   */
  boolean export();
}
