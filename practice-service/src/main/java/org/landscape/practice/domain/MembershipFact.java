package org.landscape.practice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A fact asserted about a practice's commissioner: that it was a member of the CCG from {@code
 * validFrom}, said by {@code source} and recorded at {@code recordedAt}. Never deleted: a fact
 * found wrong is withdrawn, and keeps its record.
 */
@Entity
@Table(name = "membership_fact")
public class MembershipFact {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_fact_id")
  @SequenceGenerator(
      name = "membership_fact_id",
      sequenceName = "membership_fact_id_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "practice_code", nullable = false)
  public String practiceCode;

  @Column(name = "ccg_code", nullable = false)
  public String ccgCode;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MembershipOrigin kind;

  @Column(nullable = false)
  public String source;

  @Column(name = "extract_date")
  public LocalDate extractDate;

  @Column(name = "recorded_at", nullable = false)
  public OffsetDateTime recordedAt;

  @Column(name = "withdrawn_at")
  public OffsetDateTime withdrawnAt;

  @Column(name = "withdrawal_reason")
  public String withdrawalReason;

  @Column(name = "replaced_by")
  public Long replacedBy;

  public static MembershipFact asserted(
      String practiceCode,
      String ccgCode,
      LocalDate validFrom,
      MembershipOrigin kind,
      String source,
      LocalDate extractDate) {
    if (!kind.asserted()) {
      throw new IllegalArgumentException(kind + " memberships are derived, not asserted");
    }
    MembershipFact fact = new MembershipFact();
    fact.practiceCode = practiceCode;
    fact.ccgCode = ccgCode;
    fact.validFrom = validFrom;
    fact.kind = kind;
    fact.source = source;
    fact.extractDate = extractDate;
    fact.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
    return fact;
  }

  public void withdraw(String reason, Long replacement) {
    withdrawnAt = OffsetDateTime.now(ZoneOffset.UTC);
    withdrawalReason = reason;
    replacedBy = replacement;
  }

  public boolean standing() {
    return withdrawnAt == null;
  }

  public Assertion assertion() {
    return new Assertion(
        id,
        ccgCode,
        validFrom,
        kind,
        source,
        extractDate != null ? extractDate : recordedAt.toLocalDate(),
        recordedAt.toInstant(),
        withdrawnAt == null ? null : withdrawnAt.toInstant());
  }
}
