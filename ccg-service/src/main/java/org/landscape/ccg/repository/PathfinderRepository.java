package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.landscape.ccg.domain.CcgPathfinder;

@ApplicationScoped
public class PathfinderRepository implements PanacheRepositoryBase<CcgPathfinder, Long> {

  public List<CcgPathfinder> history(String ccgCode) {
    return list("ccgCode = ?1 order by validFrom", ccgCode);
  }
}
