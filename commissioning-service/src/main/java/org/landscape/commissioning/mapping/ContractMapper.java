package org.landscape.commissioning.mapping;

import java.time.LocalDate;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.ContractState;
import org.landscape.commissioning.rest.ContractViews;

public final class ContractMapper {

  private ContractMapper() {}

  /** The contract with its standing on a date. */
  public static ContractViews.ContractView toView(Contract contract, LocalDate asOf) {
    return view(contract, asOf, ContractState.of(contract, asOf));
  }

  /** The contract as recorded in the change feed: without a date's standing. */
  public static ContractViews.ContractView toRecord(Contract contract) {
    return view(contract, null, null);
  }

  private static ContractViews.ContractView view(
      Contract contract, LocalDate asOf, ContractState state) {
    return new ContractViews.ContractView(
        contract.reference,
        new ContractViews.CommissionerView(
            contract.commissionerKind, contract.commissionerCode, contract.commissionerName),
        contract.providerCode,
        contract.categoryCode,
        contract.value,
        contract.startDate,
        contract.endDate,
        contract.status,
        asOf,
        state,
        contract.terminatedOn,
        contract.terminationReason,
        contract.novatedOn,
        contract.successorReference,
        contract.predecessorReference,
        contract.version);
  }
}
