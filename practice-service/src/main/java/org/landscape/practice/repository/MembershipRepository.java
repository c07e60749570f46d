package org.landscape.practice.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipFilter;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, Long> {

  private static final String ON_DATE =
      "m.validFrom <= :asOf and (m.validTo is null or m.validTo > :asOf)";

  public Optional<Membership> on(String practiceCode, LocalDate asOf) {
    return find(
            "from Membership m where m.practiceCode = :practice and " + ON_DATE,
            Parameters.with("practice", practiceCode).and("asOf", asOf))
        .firstResultOptional();
  }

  public Map<String, Membership> onForAll(Collection<String> practiceCodes, LocalDate asOf) {
    if (practiceCodes.isEmpty()) {
      return Map.of();
    }
    return find(
            "from Membership m where m.practiceCode in :practices and " + ON_DATE,
            Parameters.with("practices", practiceCodes).and("asOf", asOf))
        .stream()
        .collect(Collectors.toMap(m -> m.practiceCode, m -> m));
  }

  /** The memberships that pass the filter, by practice and then oldest first. */
  public Page<Membership> search(MembershipFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder("from Membership m where 1 = 1");
    Parameters parameters = new Parameters();
    if (filter.practiceCode() != null) {
      where.append(" and m.practiceCode = :practice");
      parameters.and("practice", filter.practiceCode());
    }
    if (filter.ccgCode() != null) {
      where.append(" and m.ccgCode = :ccg");
      parameters.and("ccg", filter.ccgCode());
    }
    if (filter.covering() != null) {
      where.append(
          " and m.validFrom <= :covering and (m.validTo is null or m.validTo > :covering)");
      parameters.and("covering", filter.covering());
    }
    if (filter.notCovering() != null) {
      where.append(
          " and not (m.validFrom <= :notCovering and (m.validTo is null or m.validTo >"
              + " :notCovering))");
      parameters.and("notCovering", filter.notCovering());
    }
    return Paged.of(find(where + " order by m.practiceCode, m.validFrom", parameters), page);
  }

  /** The practice's membership of the CCG that begins on the day, if it has one. */
  public Optional<Membership> beginning(String practiceCode, String ccgCode, LocalDate from) {
    return find(
            "practiceCode = ?1 and ccgCode = ?2 and validFrom = ?3", practiceCode, ccgCode, from)
        .firstResultOptional();
  }

  public List<Membership> history(String practiceCode) {
    return list("practiceCode = ?1 order by validFrom", practiceCode);
  }

  /**
   * Every practice open on the date with its membership then, null where it has none: what other
   * services need to check membership against their own records, in pages.
   */
  public Page<Object[]> openPracticesWithMembership(LocalDate asOf, PageRequest page) {
    String from =
        " from Practice p left join Membership m on m.practiceCode = p.code and "
            + ON_DATE
            + " where (p.openDate is null or p.openDate <= :asOf)"
            + " and (p.closeDate is null or p.closeDate > :asOf)";
    long total =
        getEntityManager()
            .createQuery("select count(p)" + from, Long.class)
            .setParameter("asOf", asOf)
            .getSingleResult();
    List<Object[]> rows =
        getEntityManager()
            .createQuery("select p, m" + from + " order by p.code", Object[].class)
            .setParameter("asOf", asOf)
            .setFirstResult(page.offset)
            .setMaxResults(page.limit)
            .getResultList();
    return new Page<>(rows, total, page.limit, page.offset);
  }

  public Page<Membership> membersOf(String ccgCode, LocalDate asOf, PageRequest page) {
    return Paged.of(
        find(
            "from Membership m where m.ccgCode = :ccg and " + ON_DATE + " order by m.practiceCode",
            Parameters.with("ccg", ccgCode).and("asOf", asOf)),
        page);
  }

  /** The memberships of any of the CCGs on the date, in practice order. */
  public List<Membership> ofCcgsOn(Collection<String> ccgCodes, LocalDate asOf) {
    return list(
        "from Membership m where m.ccgCode in :ccgs and " + ON_DATE + " order by m.practiceCode",
        Parameters.with("ccgs", ccgCodes).and("asOf", asOf));
  }

  /**
   * The practices in any of the CCGs on the day before the date or later: those a succession of
   * those CCGs on the date carries (or carried), in code order.
   */
  public List<String> practicesInCcgsFrom(Collection<String> ccgCodes, LocalDate date) {
    return getEntityManager()
        .createQuery(
            "select distinct m.practiceCode from Membership m where m.ccgCode in :ccgs"
                + " and (m.validTo is null or m.validTo >= :date) order by m.practiceCode",
            String.class)
        .setParameter("ccgs", ccgCodes)
        .setParameter("date", date)
        .getResultList();
  }

  /** Every practice's memberships, oldest first: what an import compares a file with. */
  public Map<String, List<Membership>> ofAll() {
    return list("order by practiceCode, validFrom").stream()
        .collect(Collectors.groupingBy(m -> m.practiceCode));
  }
}
