package org.landscape.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.ContractFilter;
import org.landscape.commissioning.domain.ContractStatus;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, String> {

  private static final String EFFECTIVE_END = "coalesce(c.terminatedOn, c.novatedOn, c.endDate)";

  public Page<Contract> search(ContractFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder("from Contract c where 1 = 1");
    Parameters parameters = new Parameters();
    if (filter.commissionerKind() != null) {
      where.append(" and c.commissionerKind = :kind");
      parameters.and("kind", filter.commissionerKind());
    }
    if (filter.commissionerCode() != null) {
      where.append(" and c.commissionerCode = :commissioner");
      parameters.and("commissioner", filter.commissionerCode());
    }
    if (filter.providerCode() != null) {
      where.append(" and c.providerCode = :provider");
      parameters.and("provider", filter.providerCode());
    }
    if (filter.categoryCode() != null) {
      where.append(" and c.categoryCode = :category");
      parameters.and("category", filter.categoryCode());
    }
    if (filter.status() != null) {
      where.append(" and c.status = :status");
      parameters.and("status", filter.status());
    }
    if (filter.inForceOn() != null) {
      where.append(" and c.startDate <= :asOf and " + EFFECTIVE_END + " > :asOf");
      parameters.and("asOf", filter.inForceOn());
    }
    return Paged.of(find(where + " order by c.reference", parameters), page);
  }

  /** Contracts other than drafts that were in force on some day of {@code [from, to)}. */
  public List<Contract> committedDuring(
      LocalDate from,
      LocalDate to,
      CommissionerKind kind,
      String commissionerCode,
      String categoryCode) {
    StringBuilder where =
        new StringBuilder(
            "from Contract c where c.status <> :draft and c.startDate < :to and "
                + EFFECTIVE_END
                + " > :from");
    Parameters parameters =
        Parameters.with("draft", ContractStatus.DRAFT).and("from", from).and("to", to);
    if (kind != null) {
      where.append(" and c.commissionerKind = :kind");
      parameters.and("kind", kind);
    }
    if (commissionerCode != null) {
      where.append(" and c.commissionerCode = :commissioner");
      parameters.and("commissioner", commissionerCode);
    }
    if (categoryCode != null) {
      where.append(" and c.categoryCode = :category");
      parameters.and("category", categoryCode);
    }
    return find(where + " order by c.commissionerKind, c.commissionerCode", parameters).list();
  }

  /** The contract, locked until the transaction ends: its changes run one at a time. */
  public Optional<Contract> lockForChange(String reference) {
    return findByIdOptional(reference, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The contracts active on the date: signed (not a draft), and the date within their period. */
  public List<Contract> activeOn(LocalDate date) {
    return list(
        "status = ?1 and startDate <= ?2 and endDate > ?2 order by reference",
        ContractStatus.ACTIVE,
        date);
  }

  /**
   * The CCG contracts with any of the providers that were in force on the date (active, terminated
   * or novated later, started by then), whatever their status now.
   */
  public List<Contract> ccgContractsInForceWith(Collection<String> providerCodes, LocalDate date) {
    if (providerCodes.isEmpty()) {
      return List.of();
    }
    return find(
            "from Contract c where c.commissionerKind = :kind and c.providerCode in :providers"
                + " and c.status <> :draft and c.startDate <= :date and "
                + EFFECTIVE_END
                + " > :date order by c.reference",
            Parameters.with("kind", CommissionerKind.CCG)
                .and("providers", providerCodes)
                .and("draft", ContractStatus.DRAFT)
                .and("date", date))
        .list();
  }

  /** The active contracts of any of the CCGs that began before the date and run past it. */
  public List<Contract> activeOfCcgsAcross(
      Collection<String> ccgCodes, LocalDate date, LockModeType lock) {
    return find(
            "status = ?1 and commissionerKind = ?2 and commissionerCode in ?3 and startDate < ?4"
                + " and endDate > ?4 order by reference",
            ContractStatus.ACTIVE,
            CommissionerKind.CCG,
            ccgCodes,
            date)
        .withLock(lock)
        .list();
  }

  /** The active or draft contracts of any of the CCGs that begin on or after the date. */
  public List<Contract> ofCcgsBeginningFrom(Collection<String> ccgCodes, LocalDate date) {
    return list(
        "status in ?1 and commissionerKind = ?2 and commissionerCode in ?3 and startDate >= ?4"
            + " order by reference",
        List.of(ContractStatus.ACTIVE, ContractStatus.DRAFT),
        CommissionerKind.CCG,
        ccgCodes,
        date);
  }
}
