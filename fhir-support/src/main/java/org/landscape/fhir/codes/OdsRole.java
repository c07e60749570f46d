package org.landscape.fhir.codes;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** The ODS organisation roles the suite's organisations hold, with ODS's own names. */
public enum OdsRole {
  /** The primary role of every GP practice code (issued by NHS BSA). */
  PRESCRIBING_COST_CENTRE("RO177", "PRESCRIBING COST CENTRE"),
  /** The non-primary role that makes a prescribing cost centre a GP practice. */
  GP_PRACTICE("RO76", "GP PRACTICE"),
  LOCAL_AUTHORITY("RO141", "LOCAL AUTHORITY"),
  /** A CCG code until it became a sub-ICB location (at the latest 2022-07-01). */
  CLINICAL_COMMISSIONING_GROUP("RO98", "CLINICAL COMMISSIONING GROUP"),
  /** A former CCG code as a location of an Integrated Care Board, from 2022-07-01. */
  SUB_ICB_LOCATION("RO319", "SUB ICB LOCATION"),
  INTEGRATED_CARE_BOARD("RO318", "INTEGRATED CARE BOARD"),
  /** One of NHS England's regions (Y54 to Y63). */
  NHS_ENGLAND_REGION("RO209", "NHS ENGLAND (REGION)"),
  NHS_TRUST("RO197", "NHS TRUST");

  private final String code;
  private final String display;

  OdsRole(String code, String display) {
    this.code = code;
    this.display = display;
  }

  public String code() {
    return code;
  }

  public Coding coding() {
    return new Coding(NhsSystems.ODS_ORGANISATION_ROLE, code, display);
  }

  public CodeableConcept concept() {
    return new CodeableConcept(coding()).setText(display);
  }
}
