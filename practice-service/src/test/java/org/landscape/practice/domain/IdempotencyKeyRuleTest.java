package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.landscape.practice.domain.Fixtures.date;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IdempotencyKeyRuleTest {

  private static final String KEY = "9b2f6c1e-transfer-A83005";
  private static final String HASH =
      IdempotencyKeyRule.requestHash("A83005", "00D", date("2014-04-01"));

  @Test
  void the_fingerprint_of_a_request_is_the_sha256_of_practice_target_and_date() {
    // stored with every key: a change of the formula would turn every retry into a refusal
    assertThat(HASH).isEqualTo("d1c0d0ea67c88cbe6135dca53fdc17e4763499db937ede97ceb5b8d27682aed7");
  }

  @ParameterizedTest(name = "another {0}: {1} {2} {3}")
  @CsvSource({
    "practice,       A83006, 00D, 2014-04-01",
    "target CCG,     A83005, 00E, 2014-04-01",
    "effective date, A83005, 00D, 2014-04-02",
  })
  void any_other_request_has_another_fingerprint(
      String differs, String practice, String target, String effective) {
    assertThat(IdempotencyKeyRule.requestHash(practice, target, date(effective)))
        .isNotEqualTo(HASH);
  }

  private static TransferRequest kept(String practice, String hash) {
    TransferRequest request = new TransferRequest();
    request.idempotencyKey = KEY;
    request.practiceCode = practice;
    request.requestHash = hash;
    request.response = "{}";
    return request;
  }

  static Stream<Arguments> cases() {
    String misused = "Idempotency-Key " + KEY + " was already used for a different request";
    String otherHash = IdempotencyKeyRule.requestHash("A83005", "00E", date("2014-04-01"));
    return Stream.of(
        arguments("a key not seen before", null, IdempotencyKeyRule.Use.FIRST, null),
        arguments(
            "a retry of the same request",
            kept("A83005", HASH),
            IdempotencyKeyRule.Use.REPLAY,
            null),
        arguments(
            "the key of another practice's transfer",
            kept("A83006", HASH),
            IdempotencyKeyRule.Use.MISUSED,
            misused),
        arguments(
            "the key of another transfer of the practice",
            kept("A83005", otherHash),
            IdempotencyKeyRule.Use.MISUSED,
            misused));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void a_key_names_one_request(
      String scenario, TransferRequest earlier, IdempotencyKeyRule.Use use, String detail) {
    IdempotencyKeyRule.Verdict verdict = IdempotencyKeyRule.check(KEY, earlier, "A83005", HASH);

    assertThat(verdict.use()).isEqualTo(use);
    assertThat(verdict.finding().rule()).isEqualTo(IdempotencyKeyRule.RULE);
    assertThat(verdict.finding().satisfied()).isEqualTo(detail == null);
    assertThat(verdict.finding().detail()).isEqualTo(detail);
  }
}
