package org.landscape.commissioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A category of health service, as the commissioning rules name them. */
@Entity
@Table(name = "service_category")
public class ServiceCategory {

  public static final String CODE_REGEX = "[A-Z][A-Z0-9_]*";
  public static final String CODE_MESSAGE =
      "must be a service category code such as ELECTIVE_HOSPITAL_CARE (see /service-categories)";

  @Id public String code;

  /** Lower case, as it reads within a sentence: "dentistry". */
  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "ccg_responsibility", nullable = false)
  public CcgResponsibility ccgResponsibility;

  @Column(nullable = false)
  public int position;
}
