package org.landscape.commissioning.rest.fhir;

import java.time.LocalDate;
import java.util.Date;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.landscape.commissioning.domain.Provider;
import org.landscape.commissioning.service.ProviderChanges.ProviderRecord;
import org.landscape.common.time.Validity;
import org.landscape.fhir.codes.FhirPeriods;
import org.landscape.fhir.codes.OdsRole;
import org.landscape.fhir.codes.OrganizationReferences;
import org.landscape.fhir.history.RecordChanges.LatestChange;

/**
 * An NHS trust as a FHIR Organization on a date: its ODS code (valid over the trust's open period),
 * the ODS role RO197 NHS TRUST, whether it is open then, and its name; the version is its latest
 * change event.
 */
final class TrustOrganizations {

  private TrustOrganizations() {}

  static ProviderRecord record(Provider trust) {
    return new ProviderRecord(
        trust.code, trust.name, trust.kind, trust.openDate, trust.closeDate, trust.version);
  }

  static Organization of(ProviderRecord trust, LocalDate asOf, LatestChange version) {
    Organization organization = new Organization();
    organization.setId(trust.code());
    if (version != null) {
      organization
          .getMeta()
          .setVersionId(Long.toString(version.sequence()))
          .setLastUpdated(Date.from(version.recordedAt()));
    }
    Identifier ods = OrganizationReferences.odsCode(trust.code());
    if (trust.openDate() != null || trust.closeDate() != null) {
      ods.setPeriod(FhirPeriods.of(trust.openDate(), trust.closeDate()));
    }
    organization.addIdentifier(ods);
    organization.setActive(Validity.contains(trust.openDate(), trust.closeDate(), asOf));
    organization.addType(OdsRole.NHS_TRUST.concept());
    organization.setName(trust.name());
    return organization;
  }
}
