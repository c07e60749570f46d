package org.landscape.ccg.rest.fhir;

/** What the OpenAPI document says of the FHIR view's successful answers. */
final class FhirResponses {

  static final String TAG = "FHIR R4";
  static final String BUNDLE = "A FHIR R4 Bundle (application/fhir+json; XML with _format=xml)";
  static final String ORGANIZATION = "A FHIR R4 Organization";
  static final String AFFILIATION = "A FHIR R4 OrganizationAffiliation";
  static final String DATE = "As of this day, YYYY-MM-DD (default today)";

  private FhirResponses() {}
}
