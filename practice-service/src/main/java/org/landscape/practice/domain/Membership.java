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

/** A practice's membership of one CCG over {@code [validFrom, validTo)}. */
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

  public boolean covers(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
  }
}
