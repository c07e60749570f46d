package org.landscape.commissioning.domain;

import java.time.LocalDate;

/**
 * A CCG code as the CCG register knows it: whether it exists, its name, and its operational period
 * {@code [openDate, closeDate)}.
 */
public record CcgLifespan(
    String code, boolean known, String name, LocalDate openDate, LocalDate closeDate) {

  /** Whether it is operational on every day of {@code [from, to)}. */
  public boolean operationalThroughout(LocalDate from, LocalDate to) {
    return known
        && (openDate == null || !from.isBefore(openDate))
        && (closeDate == null || !to.isAfter(closeDate));
  }
}
