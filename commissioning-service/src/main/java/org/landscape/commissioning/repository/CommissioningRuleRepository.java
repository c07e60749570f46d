package org.landscape.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.landscape.commissioning.domain.CommissioningRule;
import org.landscape.commissioning.domain.RuleFilter;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;

@ApplicationScoped
public class CommissioningRuleRepository implements PanacheRepositoryBase<CommissioningRule, Long> {

  private static final String VALID_ON =
      "r.validFrom <= :asOf and (r.validTo is null or r.validTo > :asOf)";

  public Page<CommissioningRule> search(RuleFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder("from CommissioningRule r where 1 = 1");
    Parameters parameters = new Parameters();
    if (filter.categoryCode() != null) {
      where.append(" and r.categoryCode = :category");
      parameters.and("category", filter.categoryCode());
    }
    if (filter.commissionerKind() != null) {
      where.append(" and r.commissionerKind = :kind");
      parameters.and("kind", filter.commissionerKind());
    }
    if (filter.validOn() != null) {
      where.append(" and ").append(VALID_ON);
      parameters.and("asOf", filter.validOn());
    }
    return Paged.of(find(where + " order by r.categoryCode, r.validFrom, r.id", parameters), page);
  }

  public List<CommissioningRule> ofCategory(String categoryCode) {
    return list("categoryCode = ?1 order by validFrom", categoryCode);
  }
}
