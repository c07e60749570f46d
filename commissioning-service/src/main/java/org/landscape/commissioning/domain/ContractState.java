package org.landscape.commissioning.domain;

import java.time.LocalDate;

/** A contract's standing on a date, derived from its status and dates. */
public enum ContractState {
  DRAFT,
  NOT_STARTED,
  IN_FORCE,
  EXPIRED,
  TERMINATED,
  NOVATED;

  public static ContractState of(Contract contract, LocalDate date) {
    if (contract.status == ContractStatus.DRAFT) {
      return DRAFT;
    }
    if (date.isBefore(contract.startDate)) {
      return NOT_STARTED;
    }
    if (date.isBefore(contract.effectiveEnd())) {
      return IN_FORCE;
    }
    return switch (contract.status) {
      case TERMINATED -> TERMINATED;
      case NOVATED -> NOVATED;
      default -> EXPIRED;
    };
  }
}
