package org.landscape.ccg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** An NHS England area team (ONS {@code E39}), within a region. */
@Entity
@Table(name = "area_team")
public class AreaTeam {

  @Id public String code;

  @Column(nullable = false)
  public String name;

  @Column(name = "region_code")
  public String regionCode;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Version public long version;
}
