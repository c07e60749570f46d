package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.landscape.commissioning.domain.Commissioner;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.ContractEligibility;
import org.landscape.commissioning.domain.ContractStatus;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.repository.ContractRepository;
import org.landscape.common.http.ETags;
import org.landscape.common.problem.ProblemException;

/**
 * Moves contracts through their lifecycle: a draft is activated; an active contract is terminated
 * early, or novated to a successor commissioner, which takes the rest of its period and value.
 */
@ApplicationScoped
public class ContractLifecycle {

  /** The original contract, now novated, and the successor that continues it. */
  public record Handover(Contract original, Contract successor) {}

  /**
   * Hand an active contract to a successor commissioner from a date (the successor's first day),
   * under a new reference.
   */
  public record Novation(LocalDate date, Commissioner successor, String successorReference) {}

  @Inject ContractRepository contracts;
  @Inject CategoryCatalogue categories;
  @Inject CommissioningRuleService rules;
  @Inject CommissionerCheck commissioners;
  @Inject ContractChanges changes;

  @Transactional
  public Contract activate(String reference, String ifMatch) {
    Contract contract = lock(reference, ifMatch);
    if (contract.status != ContractStatus.DRAFT) {
      throw ProblemException.conflict(
          "Contract " + reference + " is " + contract.status + "; only a draft can be activated");
    }
    contract.status = ContractStatus.ACTIVE;
    changes.updated(contract);
    return contract;
  }

  @Transactional
  public Contract terminate(String reference, String ifMatch, LocalDate date, String reason) {
    Contract contract = lock(reference, ifMatch);
    requireActive(contract, "terminated");
    if (date.isBefore(contract.startDate) || !date.isBefore(contract.endDate)) {
      throw ProblemException.invalid(
          "date", "must be within the contract's period " + period(contract));
    }
    contract.status = ContractStatus.TERMINATED;
    contract.terminatedOn = date;
    contract.terminationReason = reason.strip();
    changes.updated(contract);
    return contract;
  }

  /** Checks everything, the successor with its peer included, before writing anything. */
  public Handover novate(String reference, String ifMatch, Novation request) {
    Contract contract =
        contracts
            .findByIdOptional(reference)
            .orElseThrow(() -> ProblemException.notFound("Contract", reference));
    Commissioner successor = request.successor();
    requireNovatable(contract, ifMatch, request, successor);
    ServiceCategory category = categories.require(contract.categoryCode, "category");
    rules.requireAllowed(category, successor.kind(), request.date());
    requireNewReference(request.successorReference());
    String successorName = commissioners.confirm(successor, request.date(), contract.endDate);
    return handOver(reference, ifMatch, request, successor, successorName);
  }

  @Transactional
  Handover handOver(
      String reference,
      String ifMatch,
      Novation request,
      Commissioner successorCommissioner,
      String successorName) {
    Contract original = lock(reference, ifMatch);
    requireNovatable(original, ifMatch, request, successorCommissioner);
    requireNewReference(request.successorReference());
    return handOverLocked(
        original,
        successorCommissioner,
        successorName,
        request.date(),
        request.successorReference());
  }

  /**
   * Novates a contract already locked and checked: the successor contract, under the given
   * reference, takes the rest of its period and value from the date.
   */
  public Handover handOverLocked(
      Contract original,
      Commissioner successorCommissioner,
      String successorName,
      LocalDate date,
      String successorReference) {
    original.status = ContractStatus.NOVATED;
    original.novatedOn = date;
    original.successorReference = successorReference;

    Contract successor = new Contract();
    successor.reference = successorReference;
    successor.commissionerKind = successorCommissioner.kind();
    successor.commissionerCode = successorCommissioner.code();
    successor.commissionerName = successorName;
    successor.providerCode = original.providerCode;
    successor.categoryCode = original.categoryCode;
    successor.value = original.value.subtract(original.valueInForce());
    successor.startDate = date;
    successor.endDate = original.endDate;
    successor.status = ContractStatus.ACTIVE;
    successor.predecessorReference = original.reference;
    changes.created(successor);
    changes.updated(original);
    return new Handover(original, successor);
  }

  private static void requireNovatable(
      Contract contract, String ifMatch, Novation request, Commissioner successor) {
    ETags.requireMatch(ifMatch, contract.version);
    requireActive(contract, "novated");
    if (!request.date().isAfter(contract.startDate) || !request.date().isBefore(contract.endDate)) {
      throw ProblemException.invalid(
          "date", "must fall strictly within the contract's period " + period(contract));
    }
    ContractEligibility.requireCodeFits(successor, "successor.code");
    if (successor.equals(contract.commissioner())) {
      throw ProblemException.ruleViolated(
          "Contract "
              + contract.reference
              + " is already commissioned by "
              + successor.code()
              + "; a novation needs another commissioner");
    }
  }

  private Contract lock(String reference, String ifMatch) {
    Contract contract =
        contracts
            .lockForChange(reference)
            .orElseThrow(() -> ProblemException.notFound("Contract", reference));
    ETags.requireMatch(ifMatch, contract.version);
    return contract;
  }

  private static void requireActive(Contract contract, String change) {
    if (contract.status != ContractStatus.ACTIVE) {
      throw ProblemException.conflict(
          "Contract "
              + contract.reference
              + " is "
              + contract.status
              + "; only an active contract can be "
              + change);
    }
  }

  private void requireNewReference(String reference) {
    if (contracts.findById(reference) != null) {
      throw ProblemException.conflict(
          "Contract " + reference + " already exists; choose another successor reference");
    }
  }

  private static String period(Contract contract) {
    return "[" + contract.startDate + ", " + contract.endDate + ")";
  }
}
