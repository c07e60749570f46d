package org.landscape.fhir.codes;

/**
 * The identifier and code systems the FHIR view uses. The NHS ones are those of the national ODS
 * FHIR API; ONS codes have no NHS system, so they carry the ONS's own URI namespace for GSS
 * statistical geography codes (the code appended to it is the ONS's URI of the area the council
 * governs).
 */
public final class NhsSystems {

  /** ODS organisation codes (A81001, 00K, E38000001 ...). */
  public static final String ODS_ORGANISATION_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";

  /** ODS organisation role codes (RO76 GP practice, RO177 prescribing cost centre ...). */
  public static final String ODS_ORGANISATION_ROLE =
      "https://fhir.nhs.uk/CodeSystem/organisation-role";

  /** ODS relationship codes (RE4 is commissioned by ...). */
  public static final String ODS_ORGANISATION_RELATIONSHIP =
      "https://fhir.nhs.uk/CodeSystem/organisation-relationship";

  /**
   * ONS (GSS) codes: English councils' areas (E06000001, E10000002 ...), CCGs (E38...), ICBs
   * (E54...) and NHS England regions (E40...).
   */
  public static final String ONS_GSS_CODE =
      "http://statistics.data.gov.uk/id/statistical-geography";

  private NhsSystems() {}
}
