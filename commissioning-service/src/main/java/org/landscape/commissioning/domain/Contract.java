package org.landscape.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A commissioning contract over {@code [startDate, endDate)} for a value in pounds. Termination or
 * novation ends it early; the value then counts only for the days it ran.
 */
@Entity
@Table(name = "contract")
public class Contract {

  public static final String REFERENCE_REGEX = "[A-Za-z0-9][A-Za-z0-9._-]{0,59}";
  public static final String REFERENCE_MESSAGE =
      "must be 1 to 60 letters, digits, dots, dashes or underscores, starting with a letter or digit";

  @Id public String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "commissioner_kind", nullable = false)
  public CommissionerKind commissionerKind;

  @Column(name = "commissioner_code", nullable = false)
  public String commissionerCode;

  @Column(name = "commissioner_name")
  public String commissionerName;

  @Column(name = "provider_code", nullable = false)
  public String providerCode;

  @Column(name = "category_code", nullable = false)
  public String categoryCode;

  @Column(name = "value_pounds", nullable = false, precision = 14, scale = 2)
  public BigDecimal value;

  @Column(name = "start_date", nullable = false)
  public LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  public LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ContractStatus status;

  @Column(name = "terminated_on")
  public LocalDate terminatedOn;

  @Column(name = "termination_reason")
  public String terminationReason;

  @Column(name = "novated_on")
  public LocalDate novatedOn;

  @Column(name = "successor_reference")
  public String successorReference;

  @Column(name = "predecessor_reference")
  public String predecessorReference;

  @Version public long version;

  public Commissioner commissioner() {
    return new Commissioner(commissionerKind, commissionerCode);
  }

  /** The first day it is no longer in force: the termination or novation date, else the end. */
  public LocalDate effectiveEnd() {
    if (terminatedOn != null) {
      return terminatedOn;
    }
    return novatedOn != null ? novatedOn : endDate;
  }

  /** The part of the value for the days it ran: all of it unless it ended early. */
  public BigDecimal valueInForce() {
    return Money.proRata(value, days(startDate, effectiveEnd()), days(startDate, endDate));
  }

  /**
   * The reference of the contract that continues this one after a reconfiguration's novation: the
   * original's, marked with the successor's code, within the 60 characters a reference may have.
   */
  public static String successorReference(String original, String successorCode) {
    String suffix = "-" + successorCode;
    int room = 60 - suffix.length();
    return (original.length() > room ? original.substring(0, room) : original) + suffix;
  }

  private static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }
}
