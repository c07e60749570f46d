package org.landscape.commissioning.saga;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * {@code landscape.reconfiguration.*}: how the saga runner works ({@code LANDSCAPE_SAGA_INTERVAL},
 * {@code LANDSCAPE_SAGA_LEASE}; values in this service's application.properties). The runner's
 * schedule reads interval and delay by name.
 */
@ConfigMapping(prefix = "landscape.reconfiguration")
public interface ReconfigurationSettings {

  /** Between two looks for due work. */
  Duration interval();

  /** Before the first look after start. */
  Duration delay();

  /** How long a replica's claim on a reconfiguration lasts before another may take it over. */
  Duration lease();
}
