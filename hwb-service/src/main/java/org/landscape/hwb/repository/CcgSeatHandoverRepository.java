package org.landscape.hwb.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.domain.CcgSeatHandover;
import org.landscape.hwb.domain.MemberRole;

@ApplicationScoped
public class CcgSeatHandoverRepository implements PanacheRepositoryBase<CcgSeatHandover, Long> {

  /** The handovers already made from any of the predecessors to the successor on the date. */
  public List<CcgSeatHandover> of(
      Collection<String> predecessorCodes, String successorCode, LocalDate date) {
    return list(
        "successorCode = :successor and effectiveDate = :date and predecessorCode in :predecessors"
            + " order by boardId, id",
        Parameters.with("successor", successorCode)
            .and("date", date)
            .and("predecessors", predecessorCodes));
  }

  /** CCG representatives' seats of any of the CCGs that are held on the date, locked. */
  public List<BoardMember> representativeSeatsOn(Collection<String> ccgCodes, LocalDate date) {
    return getEntityManager()
        .createQuery(
            "from BoardMember m where m.role = :role and m.ccgCode in :ccgs and "
                + Dated.validOn("m")
                + " order by m.boardId, m.id",
            BoardMember.class)
        .setParameter("role", MemberRole.CCG_REPRESENTATIVE)
        .setParameter("ccgs", ccgCodes)
        .setParameter("asOf", date)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  /** CCG representatives' seats of any of the CCGs that begin on or after the date. */
  public List<BoardMember> representativeSeatsFrom(Collection<String> ccgCodes, LocalDate date) {
    return getEntityManager()
        .createQuery(
            "from BoardMember m where m.role = :role and m.ccgCode in :ccgs and m.validFrom >= :date",
            BoardMember.class)
        .setParameter("role", MemberRole.CCG_REPRESENTATIVE)
        .setParameter("ccgs", ccgCodes)
        .setParameter("date", date)
        .getResultList();
  }

  /** Whether a handover records the seat as one it ended (a reversal puts it back). */
  public boolean endedSeat(long seatId) {
    return count("endedSeatId", seatId) > 0;
  }
}
