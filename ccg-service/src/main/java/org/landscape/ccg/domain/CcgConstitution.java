package org.landscape.ccg.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A version of a CCG's constitution, in force from its adoption until the next one. */
@Entity
@Table(name = "ccg_constitution")
public class CcgConstitution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "ccg_code", nullable = false)
  public String ccgCode;

  @Column(nullable = false)
  public String version;

  @Column(name = "adopted_on", nullable = false)
  public LocalDate adoptedOn;

  @Column(name = "document_url", nullable = false)
  public String documentUrl;
}
