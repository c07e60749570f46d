package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.landscape.ccg.domain.Icb;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;

@ApplicationScoped
public class IcbRepository implements PanacheRepositoryBase<Icb, String> {

  private static final String ESTABLISHED =
      "i.openDate <= :asOf and (i.closeDate is null or i.closeDate > :asOf)";

  /** The ICBs established on the date, of one region when {@code regionCode} is not null. */
  public Page<Icb> establishedOn(LocalDate asOf, String regionCode, PageRequest page) {
    Parameters parameters = Parameters.with("asOf", asOf);
    String where = "from Icb i where " + ESTABLISHED;
    if (regionCode != null) {
      where += " and i.regionCode = :region";
      parameters.and("region", regionCode);
    }
    return Paged.of(find(where + " order by i.code", parameters), page);
  }

  public List<Icb> establishedOn(LocalDate asOf) {
    return find("from Icb i where " + ESTABLISHED, Parameters.with("asOf", asOf)).list();
  }
}
