package org.landscape.ccg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An Integrated Care Board, established over {@code [openDate, closeDate)}. */
@Entity
@Table(name = "icb")
public class Icb {

  @Id public String code;

  @Column(name = "ons_code")
  public String onsCode;

  @Column(nullable = false)
  public String name;

  @Column(name = "region_code", nullable = false)
  public String regionCode;

  @Column(name = "open_date", nullable = false)
  public LocalDate openDate;

  @Column(name = "close_date")
  public LocalDate closeDate;

  @Column(nullable = false)
  public String source;

  @Version public long version;

  public CcgStatus statusOn(LocalDate date) {
    return CcgStatus.of(openDate, closeDate, date);
  }
}
