package org.landscape.ccg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A Clinical Commissioning Group, operational over {@code [openDate, closeDate)}. */
@Entity
@Table(name = "ccg")
public class Ccg {

  @Id public String code;

  @Column(name = "ons_code")
  public String onsCode;

  @Column(nullable = false)
  public String name;

  @Column(name = "open_date")
  public LocalDate openDate;

  @Column(name = "close_date")
  public LocalDate closeDate;

  @Version public long version;

  public CcgStatus statusOn(LocalDate date) {
    return CcgStatus.of(openDate, closeDate, date);
  }

  public boolean isOperationalOn(LocalDate date) {
    return statusOn(date) == CcgStatus.OPERATIONAL;
  }

  /** Whether it is operational on every day of {@code [from, to)} (an open end: from on). */
  public boolean isOperationalThroughout(LocalDate from, LocalDate to) {
    boolean opened = openDate == null || !from.isBefore(openDate);
    boolean notClosed = closeDate == null || (to != null && !to.isAfter(closeDate));
    return opened && notClosed;
  }
}
