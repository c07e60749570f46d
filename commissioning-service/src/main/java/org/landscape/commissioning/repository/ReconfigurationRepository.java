package org.landscape.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.landscape.commissioning.domain.Reconfiguration;
import org.landscape.commissioning.domain.ReconfigurationState;
import org.landscape.commissioning.domain.ReconfigurationStep;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.paging.Paged;

@ApplicationScoped
public class ReconfigurationRepository implements PanacheRepositoryBase<Reconfiguration, Long> {

  /**
   * Leases the reconfiguration due next to the caller, if no other replica holds it: the earliest
   * effective date first, one at a time across replicas, so that chained mergers run in order. The
   * row lock of the update makes two replicas' claims wait for each other; the loser then sees the
   * new lease and claims nothing.
   */
  public Optional<Long> claimNext(String owner, Duration lease) {
    List<?> claimed =
        getEntityManager()
            .createNativeQuery(
                "update reconfiguration set lease_owner = ?1,"
                    + " lease_until = now() + make_interval(secs => ?2)"
                    + " where id = (select id from reconfiguration"
                    + " where state in ('APPROVED', 'EXECUTING', 'COMPENSATING')"
                    + " and effective_date <= current_date order by effective_date, id limit 1)"
                    + " and (lease_owner is null or lease_until < now() or lease_owner = ?1)"
                    + " and next_attempt_at <= now() returning id")
            .setParameter(1, owner)
            .setParameter(2, (double) lease.toSeconds())
            .getResultList();
    return claimed.stream().findFirst().map(id -> ((Number) id).longValue());
  }

  public List<ReconfigurationStep> steps(long reconfigurationId) {
    return getEntityManager()
        .createQuery(
            "from ReconfigurationStep s where s.reconfigurationId = ?1 order by s.position",
            ReconfigurationStep.class)
        .setParameter(1, reconfigurationId)
        .getResultList();
  }

  public Page<Reconfiguration> search(ReconfigurationState state, PageRequest page) {
    return state == null
        ? Paged.of(findAll(Sort.by("effectiveDate").and("id")), page)
        : Paged.of(find("state", Sort.by("effectiveDate").and("id"), state), page);
  }

  public boolean existsFor(String successorCode, LocalDate date) {
    return count(
            "successorCode = ?1 and effectiveDate = ?2 and state not in ?3",
            successorCode,
            date,
            List.of(ReconfigurationState.CANCELLED, ReconfigurationState.FAILED))
        > 0;
  }
}
