package org.landscape.hwb.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.landscape.common.paging.Like;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;
import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.domain.LocalAuthorityFilter;
import org.landscape.hwb.domain.LocalAuthorityKind;

@ApplicationScoped
public class LocalAuthorityRepository implements PanacheRepositoryBase<LocalAuthority, String> {

  /** The change feed's resource type of councils (LocalAuthorityChanges.RESOURCE_TYPE). */
  public static final String CHANGE_TYPE = "local-authority";

  /** When the council's record last changed: its latest change event. */
  private static final String LAST_CHANGE =
      "(select max(e.occurredAt) from ChangeEvent e where e.resourceType = '"
          + CHANGE_TYPE
          + "' and e.resourceId = code)";

  private static final String VALID_ON =
      "(validFrom is null or validFrom <= :asOf) and (validTo is null or validTo > :asOf)";

  public Page<LocalAuthority> search(
      LocalAuthorityFilter filter, LocalDate asOf, PageRequest page) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters parameters = new Parameters();
    if (filter.active() != null) {
      where
          .append(filter.active() ? " and " : " and not ")
          .append("(")
          .append(VALID_ON)
          .append(")");
      parameters.and("asOf", asOf);
    }
    if (filter.code() != null) {
      where.append(" and code = :code");
      parameters.and("code", filter.code());
    }
    if (filter.updatedFrom() != null) {
      where.append(" and ").append(LAST_CHANGE).append(" >= :updatedFrom");
      parameters.and("updatedFrom", filter.updatedFrom().atOffset(ZoneOffset.UTC));
    }
    if (filter.updatedBefore() != null) {
      where.append(" and ").append(LAST_CHANGE).append(" < :updatedBefore");
      parameters.and("updatedBefore", filter.updatedBefore().atOffset(ZoneOffset.UTC));
    }
    if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
      where.append(" and lower(name) like :name escape '\\'");
      parameters.and("name", "%" + Like.escape(filter.nameContains().strip().toLowerCase()) + "%");
    }
    if (filter.kind() != null) {
      where.append(" and kind = :kind");
      parameters.and("kind", filter.kind());
    }
    if (filter.upperTierCode() != null) {
      where.append(" and upperTierCode = :upperTier");
      parameters.and("upperTier", filter.upperTierCode());
    }
    if (filter.hostsBoard() != null) {
      where.append(
          filter.hostsBoard()
              ? " and kind in :upperTierKinds"
              : " and kind not in :upperTierKinds");
      parameters.and("upperTierKinds", upperTierKinds());
    }
    return Paged.of(find(where.toString(), Sort.by("code"), parameters), page);
  }

  /** The upper-tier councils, each of which hosts a board, valid on the date. */
  public List<LocalAuthority> hostingBoardsOn(LocalDate date) {
    return find(
            VALID_ON + " and kind in :upperTierKinds",
            Sort.by("code"),
            Parameters.with("asOf", date).and("upperTierKinds", upperTierKinds()))
        .list();
  }

  public boolean isCounty(String code) {
    return count("code = ?1 and kind = ?2", code, LocalAuthorityKind.COUNTY) > 0;
  }

  private static List<LocalAuthorityKind> upperTierKinds() {
    return Arrays.stream(LocalAuthorityKind.values())
        .filter(LocalAuthorityKind::isUpperTier)
        .toList();
  }
}
