package org.landscape.hwb.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.landscape.hwb.domain.CcgAreaRow;

@ApplicationScoped
public class CcgAreaRowRepository implements PanacheRepositoryBase<CcgAreaRow, Long> {

  public List<CcgAreaRow> ofCcg(String ccgCode) {
    return list("ccgCode = ?1 order by localAuthorityCode, validFrom nulls first, id", ccgCode);
  }

  public void deleteOfCcg(String ccgCode) {
    delete("ccgCode", ccgCode);
  }
}
