package org.landscape.hwb.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.domain.MemberFilter;
import org.landscape.hwb.domain.MemberRole;

@ApplicationScoped
public class BoardMemberRepository implements PanacheRepositoryBase<BoardMember, Long> {

  static final String OF_BOARDS_OF_AUTHORITY =
      "m.boardId in (select b.id from Board b where b.authorityCode = :code)";

  public Page<BoardMember> search(
      String authorityCode, MemberFilter filter, LocalDate asOf, PageRequest page) {
    StringBuilder where =
        new StringBuilder(
            "from BoardMember m where " + OF_BOARDS_OF_AUTHORITY + " and " + Dated.validOn("m"));
    Parameters parameters = Parameters.with("code", authorityCode).and("asOf", asOf);
    if (filter.role() != null) {
      where.append(" and m.role = :role");
      parameters.and("role", filter.role());
    }
    if (filter.ccgCode() != null) {
      where.append(" and m.ccgCode = :ccg");
      parameters.and("ccg", filter.ccgCode());
    }
    where.append(" order by m.personName, m.role, m.id");
    return Paged.of(find(where.toString(), parameters), page);
  }

  public Optional<BoardMember> ofAuthority(String authorityCode, long id) {
    return find(
            "from BoardMember m where m.id = :id and " + OF_BOARDS_OF_AUTHORITY,
            Parameters.with("id", id).and("code", authorityCode))
        .firstResultOptional();
  }

  public List<BoardMember> on(long boardId, LocalDate date) {
    return find(
            "from BoardMember m where m.boardId = :board and "
                + Dated.validOn("m")
                + " order by m.personName, m.role, m.id",
            Parameters.with("board", boardId).and("asOf", date))
        .list();
  }

  /** Every CCG representative's seat, on any date, on any of the council's boards. */
  public List<BoardMember> ccgRepresentativesOfAuthority(String authorityCode) {
    return find(
            "from BoardMember m where "
                + OF_BOARDS_OF_AUTHORITY
                + " and m.role = :role order by m.ccgCode, m.validFrom, m.id",
            Parameters.with("code", authorityCode).and("role", MemberRole.CCG_REPRESENTATIVE))
        .list();
  }

  /** Another seat of the same person in the same role (and CCG) over an overlapping period. */
  public Optional<BoardMember> clashing(BoardMember seat) {
    StringBuilder where =
        new StringBuilder(
            "from BoardMember m where m.boardId = :board and m.role = :role"
                + " and lower(m.personName) = lower(:name) and m.id <> :except and ");
    where.append(seat.ccgCode == null ? "m.ccgCode is null" : "m.ccgCode = :ccg");
    where.append(" and ").append(Dated.overlaps("m", seat.validTo != null));
    Parameters parameters =
        Dated.period(seat.validFrom, seat.validTo)
            .and("board", seat.boardId)
            .and("role", seat.role)
            .and("name", seat.personName)
            .and("except", seat.id == null ? -1L : seat.id);
    if (seat.ccgCode != null) {
      parameters.and("ccg", seat.ccgCode);
    }
    return find(where.toString(), parameters).firstResultOptional();
  }

  /** How many of the board's seats would fall outside {@code [from, to)}. */
  public long countOutside(long boardId, LocalDate from, LocalDate to) {
    return count(
        "from BoardMember m where m.boardId = :board and " + Dated.outside("m", to != null),
        Dated.period(from, to).and("board", boardId));
  }

  /**
   * The CCG representatives of every board on the date, with their board's hosting council: what
   * ccg-service needs to check that every relevant CCG is represented, in pages.
   */
  public Page<Object[]> ccgRepresentativesOn(LocalDate date, PageRequest page) {
    return representativesOn(MemberRole.CCG_REPRESENTATIVE, date, page);
  }

  /** Every board's seats of the role on the date, with the board's council, by board and body. */
  public Page<Object[]> representativesOn(MemberRole role, LocalDate date, PageRequest page) {
    String from =
        " from BoardMember m, Board b where b.id = m.boardId and m.role = :role"
            + " and m.validFrom <= :date and (m.validTo is null or m.validTo > :date)"
            + " and b.validFrom <= :date and (b.validTo is null or b.validTo > :date)";
    long total =
        getEntityManager()
            .createQuery("select count(m)" + from, Long.class)
            .setParameter("role", role)
            .setParameter("date", date)
            .getSingleResult();
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select b.authorityCode, m"
                    + from
                    + " order by b.authorityCode, m.ccgCode, m.icbCode, m.id",
                Object[].class)
            .setParameter("role", role)
            .setParameter("date", date)
            .setFirstResult(page.offset)
            .setMaxResults(page.limit)
            .getResultList();
    return new Page<>(rows, total, page.limit, page.offset);
  }

  /** The board's CCG representatives' seats that begin on or after the date. */
  public List<BoardMember> ccgSeatsFrom(long boardId, LocalDate date) {
    return list(
        "boardId = ?1 and role = ?2 and validFrom >= ?3",
        boardId,
        MemberRole.CCG_REPRESENTATIVE,
        date);
  }
}
