package org.landscape.hwb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.landscape.common.time.Validity;

/**
 * Derived from ccg-service's feed: the CCG covers part of the council over {@code [validFrom,
 * validTo)}, i.e. the council is in its area and the CCG is operational then.
 */
@Entity
@Table(name = "ccg_coverage")
public class CcgCoverage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "local_authority_code", nullable = false)
  public String localAuthorityCode;

  @Column(name = "ccg_code", nullable = false)
  public String ccgCode;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  public boolean isValidOn(LocalDate date) {
    return Validity.contains(validFrom, validTo, date);
  }
}
