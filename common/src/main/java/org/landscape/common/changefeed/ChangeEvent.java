package org.landscape.common.changefeed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a service's outbox: a change to one of its records, in commit order. */
@Entity
@Table(name = "change_event")
public class ChangeEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long sequence;

  @Column(name = "occurred_at", nullable = false)
  public OffsetDateTime occurredAt;

  @Column(name = "resource_type", nullable = false)
  public String resourceType;

  @Column(name = "resource_id", nullable = false)
  public String resourceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_type", nullable = false)
  public ChangeType changeType;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String payload;
}
