package org.landscape.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.landscape.common.time.Validity;

/** A provider of NHS services, open over {@code [openDate, closeDate)}. */
@Entity
@Table(name = "provider")
public class Provider {

  @Id public String code;

  @Column(nullable = false)
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ProviderKind kind;

  @Column(name = "open_date")
  public LocalDate openDate;

  @Column(name = "close_date")
  public LocalDate closeDate;

  @Version public long version;

  public boolean isOpenOn(LocalDate date) {
    return Validity.contains(openDate, closeDate, date);
  }
}
