package org.landscape.hwb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A council a CCG's area includes over {@code [validFrom, validTo)}, as ccg-service's last {@code
 * ccg-area} change for the CCG stated it.
 */
@Entity
@Table(name = "ccg_area_row")
public class CcgAreaRow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "ccg_code", nullable = false)
  public String ccgCode;

  @Column(name = "local_authority_code", nullable = false)
  public String localAuthorityCode;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;
}
