package org.landscape.practice.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.landscape.practice.domain.Handover;
import org.landscape.practice.domain.Succession;

@ApplicationScoped
public class SuccessionRepository implements PanacheRepositoryBase<Succession, Long> {

  /** Every succession recorded here, withdrawn ones included: what histories derive from. */
  public List<Handover> handovers() {
    return listAll().stream().map(Succession::handover).toList();
  }

  /** The predecessor's standing succession, if it has one. */
  public Optional<Succession> standingOf(String predecessorCode) {
    return find("predecessorCode = ?1 and withdrawnAt is null", predecessorCode)
        .firstResultOptional();
  }

  /** The standing successions of the predecessors to the successor on the date. */
  public List<Succession> standing(
      Collection<String> predecessorCodes, String successorCode, LocalDate date) {
    return list(
        "predecessorCode in ?1 and successorCode = ?2 and effectiveDate = ?3 and withdrawnAt is null",
        predecessorCodes,
        successorCode,
        date);
  }
}
