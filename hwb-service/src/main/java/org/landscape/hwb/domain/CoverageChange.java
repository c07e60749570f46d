package org.landscape.hwb.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A notice to the board of an upper-tier council: on {@code changeDate} the CCGs covering the
 * council changed (some added, some removed). Derived from {@link CcgCoverage}; the board valid on
 * the date is the one that learns of it.
 */
@Entity
@Table(name = "coverage_change")
@IdClass(CoverageChange.Key.class)
public class CoverageChange {

  public record Key(String authorityCode, LocalDate changeDate) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "authority_code")
  public String authorityCode;

  @Id
  @Column(name = "change_date")
  public LocalDate changeDate;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public String[] added;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public String[] removed;

  /** The CCGs covering the council from the date on. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false, columnDefinition = "text[]")
  public String[] relevant;

  /** The feed sequence of the change from which this notice, as it stands, was learned. */
  @Column(name = "learned_sequence", nullable = false)
  public long learnedSequence;

  @Column(name = "learned_at", nullable = false)
  public OffsetDateTime learnedAt;
}
