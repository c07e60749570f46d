package org.landscape.commissioning.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.landscape.common.time.CommissionerEra;

/**
 * CCGs commission until 30 June 2022 and ICBs from 1 July 2022 (Health and Care Act 2022): a period
 * {@code [from, to)} (to null: open) in which a CCG or an ICB is to commission must lie in its era.
 * Other kinds of commissioner span both eras.
 */
public final class CommissionerEraRule {

  private CommissionerEraRule() {}

  /** Why the kind cannot commission over the period, or empty when it can. */
  public static Optional<String> breach(CommissionerKind kind, LocalDate from, LocalDate to) {
    LocalDate icbsBegin = CommissionerEra.ICB_ERA_BEGINS;
    if (kind == CommissionerKind.ICB && from.isBefore(icbsBegin)) {
      return Optional.of(
          "ICBs were established on " + icbsBegin + ": an ICB cannot commission from " + from);
    }
    if (kind == CommissionerKind.CCG && (to == null || to.isAfter(icbsBegin))) {
      return Optional.of(
          "CCGs were abolished on "
              + icbsBegin
              + ": a CCG cannot commission "
              + (to == null ? "without an end" : "until " + to)
              + "; from "
              + icbsBegin
              + " the ICB does");
    }
    return Optional.empty();
  }
}
