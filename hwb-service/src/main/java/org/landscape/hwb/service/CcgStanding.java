package org.landscape.hwb.service;

import java.time.LocalDate;
import java.util.Optional;
import org.landscape.hwb.client.CcgLookup;

/** Explains, from ccg-service's look-up, why a CCG cannot serve a board on a date. */
final class CcgStanding {

  private CcgStanding() {}

  /** Why the CCG was not operational on the date; empty when it was. */
  static Optional<String> whyNotOperational(CcgLookup.Result ccg, String code, LocalDate date) {
    if (ccg == null || !ccg.known()) {
      return Optional.of(code + " is not a CCG known to ccg-service");
    }
    if (ccg.operational()) {
      return Optional.empty();
    }
    if (ccg.openDate() != null && date.isBefore(ccg.openDate())) {
      return Optional.of(
          code + " was not yet operational on " + date + ": it opened on " + ccg.openDate());
    }
    return Optional.of(
        code
            + " was not operational on "
            + date
            + (ccg.closeDate() == null ? "" : ": it closed on " + ccg.closeDate()));
  }

  /** Why the CCG is not relevant to the council's board on the date. */
  static String whyNotRelevant(
      CcgLookup.Result ccg, String code, String authorityCode, LocalDate date) {
    return whyNotOperational(ccg, code, date)
        .orElseGet(
            () ->
                code
                    + " covers no part of "
                    + authorityCode
                    + " on "
                    + date
                    + (ccg.authorityCodes().isEmpty()
                        ? ""
                        : " (it covers " + String.join(", ", ccg.authorityCodes()) + ")"));
  }
}
