package org.landscape.commissioning.saga;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.landscape.commissioning.domain.Commissioner;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.ContractStatus;
import org.landscape.commissioning.domain.Reconfiguration;
import org.landscape.commissioning.repository.ContractRepository;
import org.landscape.commissioning.service.ContractChanges;
import org.landscape.commissioning.service.ContractLifecycle;

/**
 * This service's own part of a reconfiguration: every contract of a predecessor that is active on
 * the effective date is novated to the successor, which takes the rest of its period and value. One
 * transaction; idempotent; reversible.
 */
@ApplicationScoped
public class ContractNovations {

  @Inject ContractRepository contracts;
  @Inject ContractChanges changes;
  @Inject ContractLifecycle lifecycle;

  /** The contracts a reconfiguration novates, as they stand now. */
  public List<Contract> toNovate(Reconfiguration reconfiguration) {
    return contracts.activeOfCcgsAcross(
        reconfiguration.predecessorCodes, reconfiguration.effectiveDate, LockModeType.NONE);
  }

  /** Contracts of a predecessor that begin on or after the date: the saga cannot novate them. */
  public List<Contract> beginningLater(Reconfiguration reconfiguration) {
    return contracts.ofCcgsBeginningFrom(
        reconfiguration.predecessorCodes, reconfiguration.effectiveDate);
  }

  @Transactional
  public String novate(Reconfiguration reconfiguration, String successorName) {
    LocalDate date = reconfiguration.effectiveDate;
    List<Contract> later = beginningLater(reconfiguration);
    if (!later.isEmpty()) {
      throw StepFailure.never(
          later.size()
              + " contracts of a predecessor begin on or after "
              + date
              + " and cannot be novated (e.g. "
              + later.getFirst().reference
              + "); give them the successor as commissioner first");
    }
    List<Contract> novating =
        contracts.activeOfCcgsAcross(
            reconfiguration.predecessorCodes, date, LockModeType.PESSIMISTIC_WRITE);
    Commissioner successor = new Commissioner(CommissionerKind.CCG, reconfiguration.successorCode);
    for (Contract original : novating) {
      String reference = successorReference(original.reference, reconfiguration.successorCode);
      if (contracts.findById(reference) != null) {
        throw StepFailure.never(
            "Contract " + original.reference + " cannot be novated: " + reference + " exists");
      }
      lifecycle.handOverLocked(original, successor, successorName, date, reference);
    }
    long before = novatedBefore(reconfiguration).size() - novating.size();
    return "novated "
        + novating.size()
        + " contracts to "
        + reconfiguration.successorCode
        + (before > 0 ? " (" + before + " novated before)" : "");
  }

  @Transactional
  public String revert(Reconfiguration reconfiguration) {
    List<Contract> novated = novatedBefore(reconfiguration);
    int reverted = 0;
    for (Contract original : novated) {
      Contract successor = contracts.findById(original.successorReference);
      if (successor != null) {
        if (successor.status != ContractStatus.ACTIVE || successor.successorReference != null) {
          throw StepFailure.never(
              "Contract "
                  + successor.reference
                  + " has changed since the novation ("
                  + successor.status
                  + "); it cannot be undone");
        }
        changes.deleted(successor);
      }
      original.status = ContractStatus.ACTIVE;
      original.novatedOn = null;
      original.successorReference = null;
      changes.updated(original);
      reverted++;
    }
    return "reverted " + reverted + " novations";
  }

  private List<Contract> novatedBefore(Reconfiguration reconfiguration) {
    return contracts.list(
        "status = ?1 and commissionerKind = ?2 and commissionerCode in ?3 and novatedOn = ?4 and"
            + " successorReference in (select c.reference from Contract c where c.commissionerCode"
            + " = ?5) order by reference",
        ContractStatus.NOVATED,
        CommissionerKind.CCG,
        reconfiguration.predecessorCodes,
        reconfiguration.effectiveDate,
        reconfiguration.successorCode);
  }

  /** The successor contract's reference: the original's, marked with the successor's code. */
  public static String successorReference(String original, String successorCode) {
    return Contract.successorReference(original, successorCode);
  }
}
