package org.landscape.practice.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A succession as a value: the predecessor's practices go to the successor on the date. */
public record Handover(
    String predecessorCode,
    String successorCode,
    LocalDate effectiveDate,
    String source,
    Instant recordedAt,
    Instant withdrawnAt) {

  public static Handover of(String predecessorCode, String successorCode, LocalDate date) {
    return new Handover(predecessorCode, successorCode, date, "succession", Instant.EPOCH, null);
  }

  /** Whether it had been recorded, and not withdrawn, by the instant (null: now). */
  public boolean knownAt(Instant instant) {
    if (instant == null) {
      return withdrawnAt == null;
    }
    return !recordedAt.isAfter(instant) && (withdrawnAt == null || withdrawnAt.isAfter(instant));
  }
}
