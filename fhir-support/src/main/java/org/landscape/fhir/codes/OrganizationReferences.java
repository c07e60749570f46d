package org.landscape.fhir.codes;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/** Identifiers and references of organisations, by their ODS or ONS code. */
public final class OrganizationReferences {

  private static final String ORGANIZATION = "Organization";

  private OrganizationReferences() {}

  public static Identifier odsCode(String code) {
    return new Identifier()
        .setUse(Identifier.IdentifierUse.OFFICIAL)
        .setSystem(NhsSystems.ODS_ORGANISATION_CODE)
        .setValue(code);
  }

  public static Identifier onsCode(String code) {
    return new Identifier()
        .setUse(Identifier.IdentifierUse.OFFICIAL)
        .setSystem(NhsSystems.ONS_GSS_CODE)
        .setValue(code);
  }

  /**
   * An organisation this service serves: a literal reference ({@code Organization/<id>}, relative
   * to this FHIR base) with its identifier.
   */
  public static Reference local(String id, Identifier identifier, String display) {
    return new Reference(ORGANIZATION + "/" + id)
        .setType(ORGANIZATION)
        .setIdentifier(identifier)
        .setDisplay(display);
  }

  /**
   * An organisation another service owns (a CCG, say): a logical reference by its ODS code, which a
   * client resolves at that service's FHIR base or the national ODS API.
   */
  public static Reference byOdsCode(String code, String display) {
    return new Reference().setType(ORGANIZATION).setIdentifier(odsCode(code)).setDisplay(display);
  }
}
