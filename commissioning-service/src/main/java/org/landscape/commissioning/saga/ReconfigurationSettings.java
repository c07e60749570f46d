package org.landscape.commissioning.saga;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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

  /** Whether an approval starts the saga at once, rather than at the next look. */
  @WithDefault("true")
  boolean wakeOnApproval();
}
