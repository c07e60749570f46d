package org.landscape.practice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * A membership fact as a value, for deriving a history. {@code standing} ranks facts asserted for
 * one day: a file's extract date, or the day an API fact was recorded; the later wins.
 */
public record Assertion(
    long factId,
    String ccgCode,
    LocalDate validFrom,
    MembershipOrigin kind,
    String source,
    LocalDate standing,
    Instant recordedAt,
    Instant withdrawnAt) {

  /** Weaker first: of two facts for one day, the greater stands. */
  public static final Comparator<Assertion> PRECEDENCE =
      Comparator.comparing(Assertion::standing)
          .thenComparing(Assertion::recordedAt)
          .thenComparingLong(Assertion::factId);

  /** Whether the fact had been recorded, and not withdrawn, by the instant (null: now). */
  public boolean knownAt(Instant instant) {
    if (instant == null) {
      return withdrawnAt == null;
    }
    return !recordedAt.isAfter(instant) && (withdrawnAt == null || withdrawnAt.isAfter(instant));
  }
}
