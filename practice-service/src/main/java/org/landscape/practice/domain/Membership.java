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

/**
 * A practice's membership of one CCG over {@code [validFrom, validTo)}: one period of the history
 * derived from the asserted facts and the successions (see {@link MembershipHistory}), kept so that
 * reads need no derivation.
 */
@Entity
@Table(name = "membership")
public class Membership {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_id")
  @SequenceGenerator(
      name = "membership_id",
      sequenceName = "membership_id_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "practice_code", nullable = false)
  public String practiceCode;

  @Column(name = "ccg_code", nullable = false)
  public String ccgCode;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MembershipOrigin origin;

  /** The asserted fact this membership begins with, or was carried from by a succession. */
  @Column(name = "fact_id")
  public Long factId;

  /** Where it came from: the fact's source, or the succession that carried it. */
  public String source;

  public static Membership of(String practiceCode, MembershipHistory.Period period) {
    Membership membership = new Membership();
    membership.practiceCode = practiceCode;
    membership.takeTermsOf(period);
    return membership;
  }

  /** Whether it already says what the period says. */
  public boolean sameTermsAs(MembershipHistory.Period period) {
    return ccgCode.equals(period.ccgCode())
        && validFrom.equals(period.validFrom())
        && java.util.Objects.equals(validTo, period.validTo())
        && origin == period.origin()
        && java.util.Objects.equals(factId, period.factId())
        && java.util.Objects.equals(source, period.source());
  }

  public void takeTermsOf(MembershipHistory.Period period) {
    ccgCode = period.ccgCode();
    validFrom = period.validFrom();
    validTo = period.validTo();
    origin = period.origin();
    factId = period.factId();
    source = period.source();
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
  }
}
