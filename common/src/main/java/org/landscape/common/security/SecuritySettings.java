package org.landscape.common.security;

import io.smallrye.config.ConfigMapping;

/**
 * {@code landscape.security.*}: who may read ({@code LANDSCAPE_OPEN_READS}; value in common's
 * META-INF/microprofile-config.properties).
 */
@ConfigMapping(prefix = "landscape.security")
public interface SecuritySettings {

  /** Whether reads of the API are open to callers without a token; writes always need one. */
  boolean openReads();
}
