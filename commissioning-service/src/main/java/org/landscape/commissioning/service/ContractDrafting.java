package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.ContractStatus;
import org.landscape.commissioning.domain.ContractTerms;
import org.landscape.commissioning.domain.Money;
import org.landscape.commissioning.repository.ContractRepository;
import org.landscape.common.http.ETags;
import org.landscape.common.problem.ProblemException;

/**
 * Drafts contracts and revises drafts. Every check, the peers' included, is made before anything is
 * written: a peer that cannot be reached refuses the change and nothing is written.
 */
@ApplicationScoped
public class ContractDrafting {

  @Inject ContractRepository contracts;
  @Inject ContractTermsCheck termsCheck;
  @Inject CommissionerCheck commissioners;
  @Inject ContractChanges changes;

  public Contract draft(String reference, ContractTerms terms) {
    requireNew(reference);
    termsCheck.requireValid(terms);
    String commissionerName = confirmCommissioner(terms);
    return saveDraft(reference, terms, commissionerName);
  }

  public Contract revise(String reference, String ifMatch, ContractTerms terms) {
    requireEditable(require(reference), ifMatch);
    termsCheck.requireValid(terms);
    String commissionerName = confirmCommissioner(terms);
    return saveRevision(reference, ifMatch, terms, commissionerName);
  }

  @Transactional
  Contract saveDraft(String reference, ContractTerms terms, String commissionerName) {
    requireNew(reference);
    Contract contract = new Contract();
    contract.reference = reference;
    contract.status = ContractStatus.DRAFT;
    apply(contract, terms, commissionerName);
    changes.created(contract);
    return contract;
  }

  @Transactional
  Contract saveRevision(
      String reference, String ifMatch, ContractTerms terms, String commissionerName) {
    Contract contract =
        contracts
            .lockForChange(reference)
            .orElseThrow(() -> ProblemException.notFound("Contract", reference));
    requireEditable(contract, ifMatch);
    apply(contract, terms, commissionerName);
    changes.updated(contract);
    return contract;
  }

  private String confirmCommissioner(ContractTerms terms) {
    return commissioners.confirm(terms.commissioner(), terms.startDate(), terms.endDate());
  }

  private static void apply(Contract contract, ContractTerms terms, String commissionerName) {
    contract.commissionerKind = terms.commissioner().kind();
    contract.commissionerCode = terms.commissioner().code();
    contract.commissionerName = commissionerName;
    contract.providerCode = terms.providerCode();
    contract.categoryCode = terms.categoryCode();
    contract.value = terms.value().setScale(Money.SCALE);
    contract.startDate = terms.startDate();
    contract.endDate = terms.endDate();
  }

  private Contract require(String reference) {
    return contracts
        .findByIdOptional(reference)
        .orElseThrow(() -> ProblemException.notFound("Contract", reference));
  }

  private static void requireEditable(Contract contract, String ifMatch) {
    ETags.requireMatch(ifMatch, contract.version);
    if (contract.status != ContractStatus.DRAFT) {
      throw ProblemException.conflict(
          "Contract "
              + contract.reference
              + " is "
              + contract.status
              + "; only a draft's terms can be changed");
    }
  }

  private void requireNew(String reference) {
    if (contracts.findById(reference) != null) {
      throw ProblemException.conflict(
          "Contract " + reference + " already exists; references are never reused");
    }
  }
}
