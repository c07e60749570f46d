package org.landscape.practice.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * An Idempotency-Key names one transfer request: a retry with the key and the same request (same
 * practice, target CCG and effective date) gets the first answer and transfers nothing; the key
 * sent with any other request is refused. A key not seen before lets the request run.
 */
public final class IdempotencyKeyRule {

  public static final String RULE = "transfer.idempotency-key";

  /** What to do with a request that carries a key. */
  public enum Use {
    /** The key is new: run the request and remember its answer under the key. */
    FIRST,
    /** The key names this very request: answer what it answered then. */
    REPLAY,
    /** The key was used for another request: refuse. */
    MISUSED
  }

  /** The verdict: how the key is used, and for a misuse the detail. */
  public record Verdict(Use use, Finding finding) {}

  private IdempotencyKeyRule() {}

  /** The fingerprint of a transfer request, stored with its key (SHA-256 hex). */
  public static String requestHash(String practiceCode, String targetCcgCode, LocalDate date) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (practiceCode + "|" + targetCcgCode + "|" + date)
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /**
   * @param earlier the request kept under the key, null when the key is new
   */
  public static Verdict check(
      String idempotencyKey, TransferRequest earlier, String practiceCode, String requestHash) {
    if (earlier == null) {
      return new Verdict(Use.FIRST, Finding.holds(RULE));
    }
    if (!earlier.practiceCode.equals(practiceCode) || !earlier.requestHash.equals(requestHash)) {
      return new Verdict(
          Use.MISUSED,
          Finding.broken(
              RULE,
              "Idempotency-Key " + idempotencyKey + " was already used for a different request"));
    }
    return new Verdict(Use.REPLAY, Finding.holds(RULE));
  }
}
