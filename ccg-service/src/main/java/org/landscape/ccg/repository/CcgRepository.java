package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgFilter;
import org.landscape.ccg.domain.CcgStage;
import org.landscape.common.paging.Like;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;

@ApplicationScoped
public class CcgRepository implements PanacheRepositoryBase<Ccg, String> {

  static final String OPERATIONAL =
      "(c.openDate is null or c.openDate <= :asOf) and (c.closeDate is null or c.closeDate > :asOf)";

  public Page<Ccg> search(CcgFilter filter, LocalDate asOf, PageRequest page) {
    StringBuilder where = new StringBuilder("from Ccg c where 1 = 1");
    Parameters parameters = new Parameters();
    boolean needsDate = true;
    switch (filter.statusOrDefault()) {
      case OPERATIONAL -> where.append(" and ").append(OPERATIONAL);
      case PROPOSED -> where.append(" and c.openDate > :asOf");
      case CLOSED -> where.append(" and c.closeDate <= :asOf");
      case ANY -> needsDate = false;
    }
    if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
      where.append(" and lower(c.name) like :name escape '\\'");
      parameters.and("name", "%" + Like.escape(filter.nameContains().strip().toLowerCase()) + "%");
    }
    if (filter.areaTeamCode() != null) {
      where.append(
          " and exists (from CcgOversight o where o.ccgCode = c.code and o.areaTeamCode = :areaTeam and "
              + Dated.validOn("o")
              + ")");
      parameters.and("areaTeam", filter.areaTeamCode());
      needsDate = true;
    }
    if (filter.regionCode() != null) {
      where.append(
          " and (exists (from CcgOversight o, AreaTeam t where o.ccgCode = c.code and t.code = o.areaTeamCode"
              + " and t.regionCode = :region and "
              + Dated.validOn("o")
              + ") or exists (from SubIcbLocation s, Icb i where s.ccgCode = c.code and i.code = s.icbCode"
              + " and i.regionCode = :region and "
              + Dated.validOn("s")
              + "))");
      parameters.and("region", filter.regionCode());
      needsDate = true;
    }
    if (filter.localAuthorityCode() != null) {
      where.append(
          " and exists (from CcgArea a where a.ccgCode = c.code and a.localAuthorityCode = :authority and "
              + Dated.validOn("a")
              + ")");
      parameters.and("authority", filter.localAuthorityCode());
      needsDate = true;
    }
    if (filter.pathfinder() != null) {
      where.append(filter.pathfinder() ? " and exists" : " and not exists");
      where.append(" (from CcgStagePeriod p where p.ccgCode = c.code and p.stage = :pathfinder)");
      parameters.and("pathfinder", CcgStage.PATHFINDER);
    }
    if (filter.stage() != null) {
      where.append(
          " and exists (from CcgStagePeriod s where s.ccgCode = c.code and s.stage = :stage and "
              + Dated.validOn("s")
              + ")");
      parameters.and("stage", filter.stage());
      needsDate = true;
    }
    if (filter.kind() != null) {
      where.append(
          filter.kind() == CcgFilter.Kind.SUB_ICB_LOCATION ? " and exists" : " and not exists");
      where.append(" (from SubIcbLocation s where s.ccgCode = c.code and s.validFrom <= :asOf)");
      needsDate = true;
    }
    if (filter.icbCode() != null) {
      where.append(
          " and exists (from SubIcbLocation s where s.ccgCode = c.code and s.icbCode = :icb and "
              + Dated.validOn("s")
              + ")");
      parameters.and("icb", filter.icbCode());
      needsDate = true;
    }
    if (needsDate) {
      parameters.and("asOf", asOf);
    }
    return Paged.of(find(where + " order by c.code", parameters), page);
  }

  /** The codes operational on the date that had not yet become sub-ICB locations: the CCGs. */
  public List<Ccg> operationalCcgsOn(LocalDate asOf) {
    return find(
            "from Ccg c where "
                + OPERATIONAL
                + " and not exists (from SubIcbLocation s where s.ccgCode = c.code and s.validFrom <= :asOf)",
            Parameters.with("asOf", asOf))
        .list();
  }

  public List<Ccg> operationalOn(LocalDate asOf) {
    return find("from Ccg c where " + OPERATIONAL, Parameters.with("asOf", asOf)).list();
  }

  public List<Ccg> byCodes(Collection<String> codes) {
    return codes.isEmpty() ? List.of() : list("code in ?1", codes);
  }

  public Ccg byOnsCode(String onsCode) {
    return find("onsCode", onsCode).firstResult();
  }
}
