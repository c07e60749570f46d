package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.landscape.ccg.domain.GoverningBodySeat;

@ApplicationScoped
public class SeatRepository implements PanacheRepositoryBase<GoverningBodySeat, Long> {

  public List<GoverningBodySeat> on(String ccgCode, LocalDate asOf) {
    return find(
            "from GoverningBodySeat s where s.ccgCode = :ccg and "
                + Dated.validOn("s")
                + " order by s.personName, s.id",
            Parameters.with("ccg", ccgCode).and("asOf", asOf))
        .list();
  }

  public List<GoverningBodySeat> allOn(LocalDate asOf) {
    return find(
            "from GoverningBodySeat s where " + Dated.validOn("s"), Parameters.with("asOf", asOf))
        .list();
  }
}
