package org.landscape.ccg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A local authority that a CCG covers over {@code [validFrom, validTo)}: the share of the CCG's
 * area that lies in it and the share of the authority's area that the CCG covers, where known.
 */
@Entity
@Table(name = "ccg_area")
public class CcgArea {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "ccg_code", nullable = false)
  public String ccgCode;

  @Column(name = "local_authority_code", nullable = false)
  public String localAuthorityCode;

  @Column(name = "share_of_ccg")
  public BigDecimal shareOfCcg;

  @Column(name = "share_of_authority")
  public BigDecimal shareOfAuthority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public AreaSource source;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;
}
