package org.landscape.hwb.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;
import org.landscape.hwb.domain.CoverageChange;

@ApplicationScoped
public class CoverageChangeRepository
    implements PanacheRepositoryBase<CoverageChange, CoverageChange.Key> {

  public List<CoverageChange> ofAuthority(String authorityCode) {
    return list("authorityCode = ?1 order by changeDate", authorityCode);
  }

  /** The council's coverage changes on days one of its boards was in place, oldest first. */
  public Page<CoverageChange> learnedByBoards(String authorityCode, PageRequest page) {
    return Paged.of(
        find(
            "from CoverageChange c where c.authorityCode = :code and exists (from Board b"
                + " where b.authorityCode = c.authorityCode and b.validFrom <= c.changeDate"
                + " and (b.validTo is null or b.validTo > c.changeDate)) order by c.changeDate",
            Parameters.with("code", authorityCode)),
        page);
  }
}
