package org.landscape.commissioning.mapping;

import java.time.LocalDate;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.ContractState;
import org.landscape.commissioning.rest.ContractViews;
import org.landscape.common.changefeed.ChangeEvent;

public final class ContractMapper {

  private ContractMapper() {}

  /** The contract with its standing on a date. */
  public static ContractViews.ContractView toView(Contract contract, LocalDate asOf) {
    return view(contract, asOf, ContractState.of(contract, asOf));
  }

  /** One change to a contract: the change event, with the contract as recorded then. */
  public static ContractViews.HistoryEntry toEntry(ChangeEvent event) {
    return new ContractViews.HistoryEntry(
        event.sequence, event.occurredAt, event.changeType, event.payload);
  }

  /** The result of a novation, each contract with its standing on the date. */
  public static ContractViews.NovationResult toView(
      Contract original, Contract successor, LocalDate asOf) {
    return new ContractViews.NovationResult(toView(original, asOf), toView(successor, asOf));
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
