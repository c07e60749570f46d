package org.landscape.hwb.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.landscape.hwb.domain.CcgCoverage;

@ApplicationScoped
public class CcgCoverageRepository implements PanacheRepositoryBase<CcgCoverage, Long> {

  public List<CcgCoverage> ofCcg(String ccgCode) {
    return list("ccgCode = ?1 order by localAuthorityCode, validFrom nulls first, id", ccgCode);
  }

  /** Every period of every CCG covering the council, sorted by CCG and start. */
  public List<CcgCoverage> ofAuthority(String authorityCode) {
    return list(
        "localAuthorityCode = ?1 order by ccgCode, validFrom nulls first, id", authorityCode);
  }

  public void deleteOfCcg(String ccgCode) {
    delete("ccgCode", ccgCode);
  }
}
