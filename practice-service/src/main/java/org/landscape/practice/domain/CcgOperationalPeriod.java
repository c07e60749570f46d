package org.landscape.practice.domain;

import java.time.LocalDate;

/**
 * A CCG's operational period {@code [openDate, closeDate)} as ccg-service states it, and whether
 * the code is known at all. Open ends are null.
 */
public record CcgOperationalPeriod(
    String code, boolean known, LocalDate openDate, LocalDate closeDate) {

  /** Whether the CCG is operational on every day of {@code [from, to)}; an open end: from on. */
  public boolean operationalFrom(LocalDate from, LocalDate to) {
    boolean opened = openDate == null || !from.isBefore(openDate);
    boolean open =
        closeDate == null || (to != null ? !to.isAfter(closeDate) : from.isBefore(closeDate));
    return known && opened && open;
  }

  /**
   * Why the CCG is not operational from {@code from} (meaningful once operationalFrom is false).
   */
  public String whyNotOperational(LocalDate from) {
    if (!known) {
      return "CCG " + code + " does not exist";
    }
    if (openDate != null && from.isBefore(openDate)) {
      return "CCG "
          + code
          + " was not yet operational on "
          + from
          + " (it opened on "
          + openDate
          + ")";
    }
    return "CCG " + code + " is closed on " + from + " (it closed on " + closeDate + ")";
  }
}
