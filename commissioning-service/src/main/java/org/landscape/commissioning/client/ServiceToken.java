package org.landscape.commissioning.client;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.landscape.common.security.Roles;

/**
 * The bearer token this service carries when it calls its peers on its own behalf (the saga runs in
 * the background, with no caller's token to pass on). Either read from a file that the platform
 * keeps fresh (LANDSCAPE_SERVICE_TOKEN_FILE, e.g. a projected Kubernetes secret), or signed here
 * with a key the peers trust (LANDSCAPE_SERVICE_SIGNING_KEY; locally the development key).
 */
@ApplicationScoped
public class ServiceToken {

  private static final Duration LIFETIME = Duration.ofMinutes(10);

  @Inject ServiceTokenSettings settings;

  @ConfigProperty(name = "quarkus.application.name")
  String serviceName;

  private String signed;
  private Instant renewAfter = Instant.EPOCH;

  public synchronized String bearer() {
    Optional<Path> tokenFile = settings.file();
    if (tokenFile.isPresent()) {
      try {
        return "Bearer " + Files.readString(tokenFile.get()).strip();
      } catch (IOException unreadable) {
        throw new IllegalStateException("The service token file cannot be read", unreadable);
      }
    }
    if (Instant.now().isAfter(renewAfter)) {
      signed =
          Jwt.issuer(settings.issuer())
              .subject(serviceName)
              .upn(serviceName)
              .groups(Set.of(Roles.SERVICE))
              .expiresIn(LIFETIME)
              .sign();
      renewAfter = Instant.now().plus(LIFETIME.dividedBy(2));
    }
    return "Bearer " + signed;
  }
}
