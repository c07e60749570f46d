package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.ContractState;
import org.landscape.commissioning.domain.ContractStatus;
import org.landscape.commissioning.repository.ContractRepository;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;

/** Writes a contract and its change event together; the events are also its history. */
@ApplicationScoped
public class ContractChanges {

  public static final String RESOURCE_TYPE = "contract";

  /** The commissioner as the change feed records it. */
  public record CommissionerRecord(CommissionerKind kind, String code, String name) {}

  /**
   * A contract as the change feed records it: the shape of the API's contract, without a date's
   * standing ({@code asOf} and {@code state} are always null).
   */
  public record ContractRecord(
      String reference,
      CommissionerRecord commissioner,
      String providerCode,
      String category,
      BigDecimal value,
      LocalDate startDate,
      LocalDate endDate,
      ContractStatus status,
      LocalDate asOf,
      ContractState state,
      LocalDate terminatedOn,
      String terminationReason,
      LocalDate novatedOn,
      String successorReference,
      String predecessorReference,
      long version) {

    static ContractRecord of(Contract contract) {
      return new ContractRecord(
          contract.reference,
          new CommissionerRecord(
              contract.commissionerKind, contract.commissionerCode, contract.commissionerName),
          contract.providerCode,
          contract.categoryCode,
          contract.value,
          contract.startDate,
          contract.endDate,
          contract.status,
          null,
          null,
          contract.terminatedOn,
          contract.terminationReason,
          contract.novatedOn,
          contract.successorReference,
          contract.predecessorReference,
          contract.version);
    }
  }

  @Inject ContractRepository contracts;
  @Inject ChangeFeed changeFeed;

  public void created(Contract contract) {
    contracts.persist(contract);
    contracts.flush();
    changeFeed.record(
        RESOURCE_TYPE, contract.reference, ChangeType.CREATED, ContractRecord.of(contract));
  }

  public void updated(Contract contract) {
    contracts.flush();
    changeFeed.record(
        RESOURCE_TYPE, contract.reference, ChangeType.UPDATED, ContractRecord.of(contract));
  }

  public void deleted(Contract contract) {
    changeFeed.record(
        RESOURCE_TYPE, contract.reference, ChangeType.DELETED, ContractRecord.of(contract));
    contracts.delete(contract);
    contracts.flush();
  }
}
