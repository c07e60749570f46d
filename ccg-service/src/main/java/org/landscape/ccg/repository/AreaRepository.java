package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.landscape.ccg.domain.CcgArea;

@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<CcgArea, Long> {

  public List<CcgArea> on(String ccgCode, LocalDate asOf) {
    return find(
            "from CcgArea a where a.ccgCode = :ccg and "
                + Dated.validOn("a")
                + " order by a.localAuthorityCode",
            Parameters.with("ccg", ccgCode).and("asOf", asOf))
        .list();
  }

  public List<CcgArea> onForAll(Collection<String> ccgCodes, LocalDate asOf) {
    if (ccgCodes.isEmpty()) {
      return List.of();
    }
    return find(
            "from CcgArea a where a.ccgCode in :ccgs and "
                + Dated.validOn("a")
                + " order by a.ccgCode, a.localAuthorityCode",
            Parameters.with("ccgs", ccgCodes).and("asOf", asOf))
        .list();
  }

  public List<CcgArea> history(String ccgCode) {
    return list("ccgCode = ?1 order by localAuthorityCode, validFrom nulls first", ccgCode);
  }
}
