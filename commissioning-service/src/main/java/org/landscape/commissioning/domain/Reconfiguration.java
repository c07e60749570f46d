package org.landscape.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.landscape.common.reconfiguration.CcgHandover;

/** A proposed, approved or executed CCG reconfiguration and where its saga stands. */
@Entity
@Table(name = "reconfiguration")
public class Reconfiguration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ReconfigurationKind kind;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "predecessor_codes", nullable = false, columnDefinition = "text[]")
  public List<String> predecessorCodes;

  @Column(name = "successor_code", nullable = false)
  public String successorCode;

  /** The name of a successor the reconfiguration creates; null for a surviving one. */
  @Column(name = "successor_name")
  public String successorName;

  @Column(name = "successor_is_new", nullable = false)
  public boolean successorIsNew;

  @Column(name = "effective_date", nullable = false)
  public LocalDate effectiveDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ReconfigurationState state;

  /** Why it failed (or was cancelled). */
  public String reason;

  @Column(name = "proposed_at", nullable = false)
  public OffsetDateTime proposedAt;

  @Column(name = "approved_at")
  public OffsetDateTime approvedAt;

  @Column(name = "finished_at")
  public OffsetDateTime finishedAt;

  @Column(name = "lease_owner")
  public String leaseOwner;

  @Column(name = "lease_until")
  public OffsetDateTime leaseUntil;

  @Column(name = "next_attempt_at", nullable = false)
  public OffsetDateTime nextAttemptAt;

  @Version public long version;

  public CcgHandover handover() {
    return new CcgHandover(List.copyOf(predecessorCodes), successorCode, effectiveDate);
  }
}
