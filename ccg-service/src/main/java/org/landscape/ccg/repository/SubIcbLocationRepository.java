package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.landscape.ccg.domain.SubIcbLocation;

@ApplicationScoped
public class SubIcbLocationRepository implements PanacheRepositoryBase<SubIcbLocation, Long> {

  /** The code's period as a sub-ICB location on the date, if it was one. */
  public Optional<SubIcbLocation> on(String ccgCode, LocalDate asOf) {
    return find(
            "from SubIcbLocation s where s.ccgCode = :ccg and " + Dated.validOn("s"),
            Parameters.with("ccg", ccgCode).and("asOf", asOf))
        .firstResultOptional();
  }

  /** The periods valid on the date of the given codes. */
  public List<SubIcbLocation> on(Collection<String> ccgCodes, LocalDate asOf) {
    if (ccgCodes.isEmpty()) {
      return List.of();
    }
    return find(
            "from SubIcbLocation s where s.ccgCode in :codes and " + Dated.validOn("s"),
            Parameters.with("codes", ccgCodes).and("asOf", asOf))
        .list();
  }

  /** Every period valid on the date. */
  public List<SubIcbLocation> allOn(LocalDate asOf) {
    return find("from SubIcbLocation s where " + Dated.validOn("s"), Parameters.with("asOf", asOf))
        .list();
  }

  /** The locations of an ICB on the date, by code. */
  public List<SubIcbLocation> ofIcbOn(String icbCode, LocalDate asOf) {
    return find(
            "from SubIcbLocation s where s.icbCode = :icb and "
                + Dated.validOn("s")
                + " order by s.ccgCode",
            Parameters.with("icb", icbCode).and("asOf", asOf))
        .list();
  }

  public List<SubIcbLocation> history(String ccgCode) {
    return list("ccgCode = ?1 order by validFrom", ccgCode);
  }

  /** Whether the code had become a sub-ICB location by the date. */
  public boolean becameOneBy(String ccgCode, LocalDate asOf) {
    return count("ccgCode = ?1 and validFrom <= ?2", ccgCode, asOf) > 0;
  }
}
