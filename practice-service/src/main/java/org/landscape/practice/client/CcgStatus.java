package org.landscape.practice.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** What ccg-service says of one CCG code. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CcgStatus(
    String code, boolean known, String name, LocalDate openDate, LocalDate closeDate) {

  /** Whether the CCG is operational on every day of {@code [from, to)}; an open end: from on. */
  public boolean operationalFrom(LocalDate from, LocalDate to) {
    boolean opened = openDate == null || !from.isBefore(openDate);
    boolean open =
        closeDate == null || (to != null ? !to.isAfter(closeDate) : from.isBefore(closeDate));
    return known && opened && open;
  }

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
