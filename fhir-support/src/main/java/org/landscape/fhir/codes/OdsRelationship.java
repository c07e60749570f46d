package org.landscape.fhir.codes;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** The ODS relationships between organisations that the suite serves as OrganizationAffiliation. */
public enum OdsRelationship {
  /** A GP practice (participating) is commissioned by a CCG or sub-ICB location (primary). */
  IS_COMMISSIONED_BY("RE4", "IS COMMISSIONED BY"),
  /**
   * An organisation (participating) lies in the geography of another (primary): as ODS records a
   * sub-ICB location in its ICB, and an ICB in its NHS England region.
   */
  IS_LOCATED_IN_THE_GEOGRAPHY_OF("RE5", "IS LOCATED IN THE GEOGRAPHY OF");

  private final String code;
  private final String display;

  OdsRelationship(String code, String display) {
    this.code = code;
    this.display = display;
  }

  public String code() {
    return code;
  }

  public CodeableConcept concept() {
    return new CodeableConcept(new Coding(NhsSystems.ODS_ORGANISATION_RELATIONSHIP, code, display))
        .setText(display);
  }
}
