package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.landscape.ccg.domain.CcgSuccession;

@ApplicationScoped
public class SuccessionRepository
    implements PanacheRepositoryBase<CcgSuccession, CcgSuccession.Key> {

  public List<CcgSuccession> successorsOf(String code) {
    return list("predecessorCode = ?1 order by effectiveDate, successorCode", code);
  }

  public List<CcgSuccession> predecessorsOf(String code) {
    return list("successorCode = ?1 order by effectiveDate, predecessorCode", code);
  }

  /** The links effective on or after the date, by date. */
  public List<CcgSuccession> effectiveFrom(java.time.LocalDate date) {
    return list("effectiveDate >= ?1 order by effectiveDate, successorCode", date);
  }
}
