package org.landscape.ccg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.landscape.common.time.Validity;

/**
 * A period {@code [validFrom, validTo)} a CCG spent in a stage before it became operational (see
 * {@link CcgStageRule}).
 */
@Entity
@Table(name = "ccg_stage")
public class CcgStagePeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "ccg_code", nullable = false)
  public String ccgCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CcgStage stage;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  /** Null only on periods recorded before stages were checked (open: until it opened). */
  @Column(name = "valid_to")
  public LocalDate validTo;

  /** For an authorisation: the conditions it came with; null when it came without. */
  public String conditions;

  public String note;

  public boolean holdsOn(LocalDate date) {
    return Validity.contains(validFrom, validTo, date);
  }
}
