package org.landscape.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Development bearer tokens, signed with the development key (config/dev-jwt), as the launcher's
 * {@code token} command prints them. For local runs only.
 */
public final class DevTokens {

  private static final String ISSUER = "urn:landscape:dev";
  private final PrivateKey key;

  private DevTokens(PrivateKey key) {
    this.key = key;
  }

  public static DevTokens signedWith(Path pemFile) throws IOException {
    String pem =
        Files.readString(pemFile).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    try {
      return new DevTokens(
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))));
    } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
      throw new IOException(pemFile + " is not a PKCS#8 RSA private key", unreadable);
    }
  }

  /** A token valid for 12 hours carrying the roles in its {@code groups} claim. */
  public String bearer(String... roles) {
    long now = Instant.now().getEpochSecond();
    String groups =
        Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(Collectors.joining(","));
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims =
        "{\"iss\":\""
            + ISSUER
            + "\",\"sub\":\"developer\",\"upn\":\"developer@landscape.local\",\"groups\":["
            + groups
            + "],\"iat\":"
            + now
            + ",\"exp\":"
            + (now + 12 * 3600)
            + ",\"jti\":\""
            + UUID.randomUUID()
            + "\"}";
    String signingInput = base64Url(header) + "." + base64Url(claims);
    try {
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(key);
      signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException("RS256 signing is unavailable", impossible);
    }
  }

  private static String base64Url(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
