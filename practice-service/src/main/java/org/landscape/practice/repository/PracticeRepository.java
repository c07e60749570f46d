package org.landscape.practice.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.landscape.common.paging.Like;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;
import org.landscape.practice.domain.Postcode;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.PracticeFilter;

@ApplicationScoped
public class PracticeRepository implements PanacheRepositoryBase<Practice, String> {

  /** {@link Practice#isActiveOn} as a query on {@code :activeOn}. */
  private static final String ACTIVE_ON =
      "((p.openDate is null or p.openDate <= :activeOn)"
          + " and (p.closeDate is null or p.closeDate > :activeOn)"
          + " and (p.status = org.landscape.practice.domain.PracticeStatus.ACTIVE"
          + " or (p.status = org.landscape.practice.domain.PracticeStatus.CLOSED"
          + " and p.closeDate is not null)))";

  /** When the practice's record last changed: its latest change event. */
  private static final String LAST_CHANGE =
      "(select max(e.occurredAt) from ChangeEvent e where e.resourceType = '"
          + PracticeRepository.CHANGE_TYPE
          + "' and e.resourceId = p.code)";

  /** The change feed's resource type of practices (PracticeChanges.PRACTICE). */
  public static final String CHANGE_TYPE = "practice";

  public Page<Practice> search(PracticeFilter filter, LocalDate asOf, PageRequest page) {
    StringBuilder where = new StringBuilder("from Practice p where 1 = 1");
    Parameters parameters = new Parameters();
    if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
      where.append(" and lower(p.name) like :name escape '\\'");
      parameters.and("name", "%" + Like.escape(filter.nameContains().strip().toLowerCase()) + "%");
    }
    if (filter.postcodePrefix() != null && !filter.postcodePrefix().isBlank()) {
      where.append(" and p.postcode like :postcode escape '\\'");
      parameters.and("postcode", Like.escape(Postcode.prefix(filter.postcodePrefix())) + "%");
    }
    if (filter.status() != null) {
      where.append(" and p.status = :status");
      parameters.and("status", filter.status());
    }
    if (filter.ccgCode() != null) {
      where.append(
          " and exists (from Membership m where m.practiceCode = p.code and m.ccgCode = :ccg"
              + " and m.validFrom <= :asOf and (m.validTo is null or m.validTo > :asOf))");
      parameters.and("ccg", filter.ccgCode()).and("asOf", asOf);
    }
    if (filter.code() != null) {
      where.append(" and p.code = :code");
      parameters.and("code", filter.code());
    }
    if (filter.active() != null) {
      where.append(filter.active() ? " and " : " and not ").append(ACTIVE_ON);
      parameters.and("activeOn", asOf);
    }
    if (filter.updatedFrom() != null) {
      where.append(" and ").append(LAST_CHANGE).append(" >= :updatedFrom");
      parameters.and("updatedFrom", filter.updatedFrom().atOffset(ZoneOffset.UTC));
    }
    if (filter.updatedBefore() != null) {
      where.append(" and ").append(LAST_CHANGE).append(" < :updatedBefore");
      parameters.and("updatedBefore", filter.updatedBefore().atOffset(ZoneOffset.UTC));
    }
    return Paged.of(find(where + " order by p.code", parameters), page);
  }

  /**
   * The practice, locked until the transaction ends: transfers of one practice run one at a time.
   */
  public Optional<Practice> lockForChange(String code) {
    return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
  }
}
