package org.landscape.testsupport;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;

/** Bearer tokens signed with the development key, as the tests' identity provider. */
public final class TestTokens {

  public static final String ISSUER = "urn:landscape:dev";

  private TestTokens() {}

  public static String withRoles(String... roles) {
    return Jwt.issuer(ISSUER)
        .subject("test-user")
        .upn("test-user@landscape.test")
        .groups(Set.of(roles))
        .expiresIn(Duration.ofMinutes(30))
        .sign();
  }

  public static String fromAnotherIssuer(String... roles) {
    return Jwt.issuer("https://attacker.example")
        .subject("intruder")
        .groups(Set.of(roles))
        .expiresIn(Duration.ofMinutes(30))
        .sign();
  }

  public static String expired(String... roles) {
    return Jwt.issuer(ISSUER)
        .subject("test-user")
        .groups(Set.of(roles))
        .issuedAt(System.currentTimeMillis() / 1000 - 7200)
        .expiresAt(System.currentTimeMillis() / 1000 - 3600)
        .sign();
  }
}
