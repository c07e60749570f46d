package org.landscape.hwb.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.landscape.common.paging.Like;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardFilter;
import org.landscape.hwb.domain.BoardStage;

@ApplicationScoped
public class BoardRepository implements PanacheRepositoryBase<Board, Long> {

  public Page<Board> search(BoardFilter filter, LocalDate asOf, PageRequest page) {
    StringBuilder where = new StringBuilder("from Board b where " + Dated.validOn("b"));
    Parameters parameters = Parameters.with("asOf", asOf);
    if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
      where.append(" and lower(b.name) like :name escape '\\'");
      parameters.and("name", "%" + Like.escape(filter.nameContains().strip().toLowerCase()) + "%");
    }
    if (filter.stage() == BoardStage.SHADOW) {
      where.append(" and b.statutoryStart > :asOf");
    } else if (filter.stage() == BoardStage.STATUTORY) {
      where.append(" and b.statutoryStart <= :asOf");
    }
    return Paged.of(find(where.toString(), Sort.by("authorityCode"), parameters), page);
  }

  /** The authority's board valid on the date. */
  public Optional<Board> on(String authorityCode, LocalDate date) {
    return find(
            "from Board b where b.authorityCode = :code and " + Dated.validOn("b"),
            Parameters.with("code", authorityCode).and("asOf", date))
        .firstResultOptional();
  }

  /** Every board the authority has had, oldest first. */
  public List<Board> ofAuthority(String authorityCode) {
    return find("authorityCode", Sort.ascending("validFrom"), (Object) authorityCode).list();
  }

  /** The authority's most recent board, whether or not it is still valid. */
  public Optional<Board> latest(String authorityCode) {
    return find("authorityCode", Sort.descending("validFrom"), (Object) authorityCode)
        .firstResultOptional();
  }

  public List<Board> allOn(LocalDate date) {
    return find(
            "from Board b where " + Dated.validOn("b") + " order by b.authorityCode",
            Parameters.with("asOf", date))
        .list();
  }

  /** The authority's boards, other than {@code exceptId}, overlapping {@code [from, to)}. */
  public List<Board> overlapping(
      String authorityCode, LocalDate from, LocalDate to, Long exceptId) {
    return find(
            "from Board b where b.authorityCode = :code and b.id <> :except and "
                + Dated.overlaps("b", to != null),
            Dated.period(from, to)
                .and("code", authorityCode)
                .and("except", exceptId == null ? -1L : exceptId))
        .list();
  }

  /** The authorities with a board valid on or after the date. */
  public Set<String> authoritiesWithBoardFrom(LocalDate from) {
    return find("from Board b where " + Dated.overlaps("b", false), Dated.period(from, null))
        .stream()
        .map(board -> board.authorityCode)
        .collect(Collectors.toSet());
  }
}
