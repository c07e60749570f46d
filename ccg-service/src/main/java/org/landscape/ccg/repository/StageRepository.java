package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.landscape.ccg.domain.CcgStage;
import org.landscape.ccg.domain.CcgStagePeriod;

@ApplicationScoped
public class StageRepository implements PanacheRepositoryBase<CcgStagePeriod, Long> {

  /** Every stage period of the CCG, by start. */
  public List<CcgStagePeriod> history(String ccgCode) {
    return list("ccgCode = ?1 order by validFrom, id", ccgCode);
  }

  /** The CCG's periods of one stage, by start. */
  public List<CcgStagePeriod> history(String ccgCode, CcgStage stage) {
    return list("ccgCode = ?1 and stage = ?2 order by validFrom, id", ccgCode, stage);
  }

  /** The stage periods of any of the CCGs that hold on the date. */
  public List<CcgStagePeriod> on(Collection<String> ccgCodes, LocalDate asOf) {
    if (ccgCodes.isEmpty()) {
      return List.of();
    }
    return find(
            "from CcgStagePeriod s where s.ccgCode in :codes and " + Dated.validOn("s"),
            Parameters.with("codes", ccgCodes).and("asOf", asOf))
        .list();
  }

  /** Every stage period that holds on the date. */
  public List<CcgStagePeriod> allOn(LocalDate asOf) {
    return find("from CcgStagePeriod s where " + Dated.validOn("s"), Parameters.with("asOf", asOf))
        .list();
  }
}
