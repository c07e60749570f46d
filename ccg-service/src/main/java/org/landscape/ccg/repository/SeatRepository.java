package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.landscape.ccg.domain.GoverningBodySeat;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;

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

  /** A page of the seats of every CCG held on the date (naming an employer, when asked). */
  public Page<GoverningBodySeat> allOn(LocalDate asOf, boolean employerNamed, PageRequest page) {
    return Paged.of(
        find(
            "from GoverningBodySeat s where "
                + Dated.validOn("s")
                + (employerNamed ? " and s.employerCode is not null" : "")
                + " order by s.ccgCode, s.id",
            Parameters.with("asOf", asOf)),
        page);
  }

  public List<GoverningBodySeat> allOn(LocalDate asOf) {
    return find(
            "from GoverningBodySeat s where " + Dated.validOn("s"), Parameters.with("asOf", asOf))
        .list();
  }
}
