package org.landscape.hwb.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;
import org.landscape.hwb.domain.OpinionFilter;
import org.landscape.hwb.domain.PlanOpinion;

@ApplicationScoped
public class PlanOpinionRepository implements PanacheRepositoryBase<PlanOpinion, Long> {

  private static final String OF_BOARDS_OF_AUTHORITY =
      "o.boardId in (select b.id from Board b where b.authorityCode = :code)";

  public Page<PlanOpinion> search(String authorityCode, OpinionFilter filter, PageRequest page) {
    StringBuilder where = new StringBuilder("from PlanOpinion o where " + OF_BOARDS_OF_AUTHORITY);
    Parameters parameters = Parameters.with("code", authorityCode);
    if (filter.financialYear() != null) {
      where.append(" and o.financialYear = :year");
      parameters.and("year", filter.financialYear());
    }
    if (filter.ccgCode() != null) {
      where.append(" and o.ccgCode = :ccg");
      parameters.and("ccg", filter.ccgCode());
    }
    if (filter.verdict() != null) {
      where.append(" and o.verdict = :verdict");
      parameters.and("verdict", filter.verdict());
    }
    where.append(" order by o.givenOn, o.id");
    return Paged.of(find(where.toString(), parameters), page);
  }

  public Optional<PlanOpinion> ofAuthority(String authorityCode, long id) {
    return find(
            "from PlanOpinion o where o.id = :id and " + OF_BOARDS_OF_AUTHORITY,
            Parameters.with("id", id).and("code", authorityCode))
        .firstResultOptional();
  }

  /** Another opinion of the same board on the same plan of the same CCG and year. */
  public Optional<PlanOpinion> samePlan(PlanOpinion opinion) {
    return find(
            "from PlanOpinion o where o.boardId = :board and o.ccgCode = :ccg"
                + " and o.financialYear = :year and o.planReference = :plan and o.id <> :except",
            Parameters.with("board", opinion.boardId)
                .and("ccg", opinion.ccgCode)
                .and("year", opinion.financialYear)
                .and("plan", opinion.planReference)
                .and("except", opinion.id == null ? -1L : opinion.id))
        .firstResultOptional();
  }

  /** For each of the boards, the CCGs it has given an opinion on for the financial year. */
  public Map<Long, Set<String>> ccgsWithOpinion(Collection<Long> boardIds, String financialYear) {
    if (boardIds.isEmpty()) {
      return Map.of();
    }
    return find(
            "from PlanOpinion o where o.boardId in :boards and o.financialYear = :year",
            Parameters.with("boards", boardIds).and("year", financialYear))
        .stream()
        .collect(
            Collectors.groupingBy(
                opinion -> opinion.boardId,
                Collectors.mapping(
                    opinion -> opinion.ccgCode, Collectors.toCollection(HashSet::new))));
  }

  /** How many of the board's opinions were given outside {@code [from, to)}. */
  public long countOutside(long boardId, LocalDate from, LocalDate to) {
    String outside = to == null ? "o.givenOn < :from" : "(o.givenOn < :from or o.givenOn >= :to)";
    return count(
        "from PlanOpinion o where o.boardId = :board and " + outside,
        Dated.period(from, to).and("board", boardId));
  }

  /** How many opinions were judged against the strategy. */
  public long countJudgedAgainst(long strategyId) {
    return count("strategyId", strategyId);
  }

  /** How many opinions judged against the strategy were given outside {@code [from, to)}. */
  public long countJudgedAgainstOutside(long strategyId, LocalDate from, LocalDate to) {
    String outside = to == null ? "o.givenOn < :from" : "(o.givenOn < :from or o.givenOn >= :to)";
    return count(
        "from PlanOpinion o where o.strategyId = :strategy and " + outside,
        Dated.period(from, to).and("strategy", strategyId));
  }
}
