package org.landscape.practice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A GP practice, open over {@code [openDate, closeDate)}. */
@Entity
@Table(name = "practice")
public class Practice {

  @Id public String code;

  @Column(nullable = false)
  public String name;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "address_lines", nullable = false, columnDefinition = "text[]")
  public String[] addressLines = new String[0];

  public String postcode;

  public String telephone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PracticeStatus status;

  @Column(name = "open_date")
  public LocalDate openDate;

  @Column(name = "close_date")
  public LocalDate closeDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "contract_type")
  public ContractType contractType;

  @Column(name = "list_size")
  public Integer listSize;

  /**
   * The extract date of the file that last set the details; an older file does not replace them.
   */
  @Column(name = "details_extract_date")
  public LocalDate detailsExtractDate;

  @Version public long version;

  /**
   * Whether the practice is active on the date, as ODS means it: open then, and either active now
   * or closed since at a known date (a practice dormant, proposed or closed without a date is not
   * active). PracticeRepository's search asks the same in its query.
   */
  public boolean isActiveOn(LocalDate date) {
    return isOpenOn(date)
        && (status == PracticeStatus.ACTIVE
            || (status == PracticeStatus.CLOSED && closeDate != null));
  }

  public boolean isOpenOn(LocalDate date) {
    return (openDate == null || !date.isBefore(openDate))
        && (closeDate == null || date.isBefore(closeDate));
  }
}
