package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.landscape.ccg.domain.Region;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

  /** The regions valid on the date, by code. */
  public Page<Region> validOn(LocalDate asOf, PageRequest page) {
    return Paged.of(
        find(
            "from Region r where " + Dated.validOn("r") + " order by r.code",
            Parameters.with("asOf", asOf)),
        page);
  }
}
