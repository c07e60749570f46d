package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.landscape.ccg.domain.AreaTeam;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;

@ApplicationScoped
public class AreaTeamRepository implements PanacheRepositoryBase<AreaTeam, String> {

  /** The area teams valid on the date, of one region when given (null: any), by code. */
  public Page<AreaTeam> validOn(String regionCode, LocalDate asOf, PageRequest page) {
    StringBuilder where = new StringBuilder("from AreaTeam t where ").append(Dated.validOn("t"));
    Parameters parameters = Parameters.with("asOf", asOf);
    if (regionCode != null) {
      where.append(" and t.regionCode = :region");
      parameters.and("region", regionCode);
    }
    return Paged.of(find(where + " order by t.code", parameters), page);
  }
}
