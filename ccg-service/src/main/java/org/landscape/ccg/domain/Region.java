package org.landscape.ccg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An NHS England commissioning region (ONS {@code E40}; ODS {@code Y…} where recorded). */
@Entity
@Table(name = "region")
public class Region {

  @Id public String code;

  @Column(name = "ods_code")
  public String odsCode;

  @Column(nullable = false)
  public String name;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  /** Where the region's ODS code and dates come from, when not the 2013 lookup. */
  public String source;

  @Version public long version;
}
