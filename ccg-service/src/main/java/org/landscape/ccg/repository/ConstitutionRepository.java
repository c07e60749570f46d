package org.landscape.ccg.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import org.landscape.ccg.domain.CcgConstitution;

@ApplicationScoped
public class ConstitutionRepository implements PanacheRepositoryBase<CcgConstitution, Long> {

  /** The version in force on the date: the last adopted on or before it. */
  public Optional<CcgConstitution> inForce(String ccgCode, LocalDate asOf) {
    return find("ccgCode = ?1 and adoptedOn <= ?2 order by adoptedOn desc, id desc", ccgCode, asOf)
        .firstResultOptional();
  }

  public boolean exists(String ccgCode, String version) {
    return count("ccgCode = ?1 and version = ?2", ccgCode, version) > 0;
  }
}
