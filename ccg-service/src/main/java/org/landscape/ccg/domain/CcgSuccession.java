package org.landscape.ccg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A predecessor CCG's functions passing to a successor from the effective date. */
@Entity
@Table(name = "ccg_succession")
@IdClass(CcgSuccession.Key.class)
public class CcgSuccession {

  public record Key(String predecessorCode, String successorCode) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "predecessor_code")
  public String predecessorCode;

  @Id
  @Column(name = "successor_code")
  public String successorCode;

  @Column(name = "effective_date", nullable = false)
  public LocalDate effectiveDate;
}
