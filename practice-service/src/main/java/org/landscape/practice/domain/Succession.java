package org.landscape.practice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A CCG whose member practices went to its successor on a date, as the reconfiguration workflow
 * recorded it here. A reversal withdraws it; the record stays.
 */
@Entity
@Table(name = "ccg_succession")
public class Succession {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ccg_succession_id")
  @SequenceGenerator(
      name = "ccg_succession_id",
      sequenceName = "ccg_succession_id_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "predecessor_code", nullable = false)
  public String predecessorCode;

  @Column(name = "successor_code", nullable = false)
  public String successorCode;

  @Column(name = "effective_date", nullable = false)
  public LocalDate effectiveDate;

  @Column(nullable = false)
  public String source;

  @Column(name = "recorded_at", nullable = false)
  public OffsetDateTime recordedAt;

  @Column(name = "withdrawn_at")
  public OffsetDateTime withdrawnAt;

  public static Succession of(
      String predecessorCode, String successorCode, LocalDate effectiveDate, String source) {
    Succession link = new Succession();
    link.predecessorCode = predecessorCode;
    link.successorCode = successorCode;
    link.effectiveDate = effectiveDate;
    link.source = source;
    link.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
    return link;
  }

  public void withdraw() {
    withdrawnAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Handover handover() {
    return new Handover(
        predecessorCode,
        successorCode,
        effectiveDate,
        source,
        recordedAt.toInstant(),
        withdrawnAt == null ? null : withdrawnAt.toInstant());
  }
}
