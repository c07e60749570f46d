package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.landscape.ccg.domain.CcgOversight;

@ApplicationScoped
public class OversightRepository implements PanacheRepositoryBase<CcgOversight, Long> {

  public Optional<CcgOversight> on(String ccgCode, LocalDate asOf) {
    return find(
            "from CcgOversight o where o.ccgCode = :ccg and " + Dated.validOn("o"),
            Parameters.with("ccg", ccgCode).and("asOf", asOf))
        .firstResultOptional();
  }

  public List<CcgOversight> allOn(LocalDate asOf) {
    return find("from CcgOversight o where " + Dated.validOn("o"), Parameters.with("asOf", asOf))
        .list();
  }

  public List<CcgOversight> history(String ccgCode) {
    return list("ccgCode = ?1 order by validFrom nulls first", ccgCode);
  }
}
