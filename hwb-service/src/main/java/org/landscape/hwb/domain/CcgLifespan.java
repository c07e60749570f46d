package org.landscape.hwb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A CCG as ccg-service's change feed last told it: its operational period (unknown, so unbounded,
 * until a {@code ccg} change arrives), and the sequence of the last change applied of each kind.
 */
@Entity
@Table(name = "ccg_lifespan")
public class CcgLifespan {

  @Id public String code;

  @Column(name = "open_date")
  public LocalDate openDate;

  @Column(name = "close_date")
  public LocalDate closeDate;

  /** The feed sequence of the {@code ccg} change the dates come from; older ones are ignored. */
  @Column(name = "lifespan_sequence", nullable = false)
  public long lifespanSequence;

  /** The feed sequence of the {@code ccg-area} change the area comes from. */
  @Column(name = "area_sequence", nullable = false)
  public long areaSequence;
}
