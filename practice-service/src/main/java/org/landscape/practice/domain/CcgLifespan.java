package org.landscape.practice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A CCG's operational period as ccg-service's change feed last told it. */
@Entity
@Table(name = "ccg_lifespan")
public class CcgLifespan {

  @Id public String code;

  @Column(name = "open_date")
  public LocalDate openDate;

  @Column(name = "close_date")
  public LocalDate closeDate;

  /** The feed sequence of the change this state comes from; older changes are ignored. */
  @Column(name = "feed_sequence", nullable = false)
  public long feedSequence;
}
