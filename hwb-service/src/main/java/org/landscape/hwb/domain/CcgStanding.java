package org.landscape.hwb.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What ccg-service says of a CCG on a date: whether it knows the code, whether the CCG is
 * operational then (it opens on {@code openDate} and closes on {@code closeDate}), and the councils
 * its area covers then.
 */
public record CcgStanding(
    String code,
    boolean known,
    String name,
    boolean operational,
    LocalDate openDate,
    LocalDate closeDate,
    List<String> authorityCodes) {

  public CcgStanding {
    authorityCodes = authorityCodes == null ? List.of() : authorityCodes;
  }

  /** A code ccg-service does not know (or did not answer for). */
  public static CcgStanding unknown(String code) {
    return new CcgStanding(code, false, null, false, null, null, List.of());
  }

  /** Why the CCG was not operational on the date; empty when it was. */
  public Optional<String> whyNotOperational(LocalDate date) {
    if (!known) {
      return Optional.of(code + " is not a CCG known to ccg-service");
    }
    if (operational) {
      return Optional.empty();
    }
    if (openDate != null && date.isBefore(openDate)) {
      return Optional.of(
          code + " was not yet operational on " + date + ": it opened on " + openDate);
    }
    return Optional.of(
        code
            + " was not operational on "
            + date
            + (closeDate == null ? "" : ": it closed on " + closeDate));
  }

  /** Why the CCG is not relevant to the council's board on the date. */
  public String whyNotRelevant(String authorityCode, LocalDate date) {
    return whyNotOperational(date)
        .orElseGet(
            () ->
                code
                    + " covers no part of "
                    + authorityCode
                    + " on "
                    + date
                    + (authorityCodes.isEmpty()
                        ? ""
                        : " (it covers " + String.join(", ", authorityCodes) + ")"));
  }
}
