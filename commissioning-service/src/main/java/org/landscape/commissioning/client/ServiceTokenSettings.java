package org.landscape.commissioning.client;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code landscape.service-token.*}: the token this service carries on its own behalf ({@code
 * LANDSCAPE_SERVICE_TOKEN_FILE}, {@code LANDSCAPE_JWT_ISSUER}; values in this service's
 * application.properties).
 */
@ConfigMapping(prefix = "landscape.service-token")
public interface ServiceTokenSettings {

  /**
   * A file holding a bearer token with the service role, re-read on every call; else signed here.
   */
  Optional<Path> file();

  /** The issuer of the tokens signed here. */
  String issuer();
}
