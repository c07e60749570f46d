import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Prints a development bearer token carrying the given roles, signed with the development key in
 * this folder. For local runs and Swagger UI's Authorize button only: production services trust
 * the organisation's identity provider instead. Run with any JDK >= 21: java DevToken.java editor
 */
public class DevToken {

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: java DevToken.java <role>... (roles: editor, importer, service)");
      System.exit(2);
    }
    Path keyFile = Path.of(System.getProperty("dev.jwt.key", "config/dev-jwt/private-key.pem"));
    String pem = Files.readString(keyFile).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));

    long now = Instant.now().getEpochSecond();
    String groups = Arrays.stream(args).map(role -> "\"" + role.replace("\"", "") + "\"").collect(Collectors.joining(","));
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims =
        "{\"iss\":\"urn:landscape:dev\",\"sub\":\"developer\",\"upn\":\"developer@landscape.local\","
            + "\"groups\":[" + groups + "],\"iat\":" + now + ",\"exp\":" + (now + 12 * 3600)
            + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
    String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "." + base64Url(claims.getBytes(StandardCharsets.UTF_8));
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(key);
    signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    System.out.println(signingInput + "." + base64Url(signer.sign()));
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
