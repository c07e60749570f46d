package org.landscape.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A kind of commissioner may commission a category over {@code [validFrom, validTo)}. */
@Entity
@Table(name = "commissioning_rule")
public class CommissioningRule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "category_code", nullable = false)
  public String categoryCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "commissioner_kind", nullable = false)
  public CommissionerKind commissionerKind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Arrangement arrangement;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  public String note;

  /** Whether the two periods share a day. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return (to == null || validFrom.isBefore(to)) && (validTo == null || from.isBefore(validTo));
  }
}
