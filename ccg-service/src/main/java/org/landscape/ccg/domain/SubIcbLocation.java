package org.landscape.ccg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A CCG code's period as a sub-ICB location of one ICB, over {@code [validFrom, validTo)}. */
@Entity
@Table(name = "sub_icb_location")
public class SubIcbLocation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "ccg_code", nullable = false)
  public String ccgCode;

  @Column(name = "icb_code", nullable = false)
  public String icbCode;

  /** The ODS name of the location, "NHS ‹ICB› ICB - ‹code›". */
  @Column(nullable = false)
  public String name;

  @Column(name = "valid_from", nullable = false)
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Column(nullable = false)
  public String source;

  @Version public long version;

  public boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
  }
}
