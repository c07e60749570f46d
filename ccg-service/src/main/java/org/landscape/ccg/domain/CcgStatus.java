package org.landscape.ccg.domain;

import java.time.LocalDate;

/** Where a CCG stands on a date, derived from its operational period {@code [open, close)}. */
public enum CcgStatus {
  PROPOSED,
  OPERATIONAL,
  CLOSED;

  public static CcgStatus of(LocalDate openDate, LocalDate closeDate, LocalDate asOf) {
    if (closeDate != null && !asOf.isBefore(closeDate)) {
      return CLOSED;
    }
    if (openDate != null && asOf.isBefore(openDate)) {
      return PROPOSED;
    }
    return OPERATIONAL;
  }
}
