package org.landscape.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One step of a reconfiguration's saga, with its latest outcome. */
@Entity
@Table(name = "reconfiguration_step")
public class ReconfigurationStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "reconfiguration_id", nullable = false)
  public Long reconfigurationId;

  @Column(nullable = false)
  public int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public StepKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public StepStatus status;

  @Column(nullable = false)
  public int attempts;

  public String outcome;

  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;
}
