package org.landscape.hwb.rest.fhir;

import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.landscape.common.time.Validity;
import org.landscape.fhir.codes.FhirPeriods;
import org.landscape.fhir.codes.OdsRole;
import org.landscape.fhir.codes.OrganizationReferences;
import org.landscape.fhir.history.RecordChanges.LatestChange;
import org.landscape.hwb.domain.LocalAuthority;

/**
 * A council as a FHIR Organization on a date: its ONS code (valid over the council's validity), the
 * ODS role RO141 LOCAL AUTHORITY and its kind, whether it is valid then, its name, and for a
 * district its county ({@code partOf}); the version is its latest change event. The register holds
 * no ODS code for councils, so none is served.
 */
final class CouncilOrganizations {

  /** The kinds of English council (UNITARY, DISTRICT, ...), as this suite names them. */
  static final String KIND_SYSTEM = "urn:landscape:local-authority-kind";

  private CouncilOrganizations() {}

  static Organization of(LocalAuthority council, LocalDate asOf, LatestChange version) {
    Organization organization = new Organization();
    organization.setId(council.code);
    if (version != null) {
      organization
          .getMeta()
          .setVersionId(Long.toString(version.sequence()))
          .setLastUpdated(Date.from(version.recordedAt()));
    }
    Identifier ons = OrganizationReferences.onsCode(council.code);
    if (council.validFrom != null || council.validTo != null) {
      ons.setPeriod(FhirPeriods.of(council.validFrom, council.validTo));
    }
    organization.addIdentifier(ons);
    organization.setActive(Validity.contains(council.validFrom, council.validTo, asOf));
    organization.addType(OdsRole.LOCAL_AUTHORITY.concept());
    String kind = council.kind.name();
    organization.addType(
        new CodeableConcept(new Coding(KIND_SYSTEM, kind, null))
            .setText(kind.toLowerCase(Locale.ROOT).replace('_', ' ')));
    organization.setName(council.name);
    if (council.upperTierCode != null) {
      organization.setPartOf(
          OrganizationReferences.local(
              council.upperTierCode, OrganizationReferences.onsCode(council.upperTierCode), null));
    }
    return organization;
  }
}
