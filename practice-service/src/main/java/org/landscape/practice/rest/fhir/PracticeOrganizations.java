package org.landscape.practice.rest.fhir;

import java.time.LocalDate;
import java.util.Date;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.landscape.fhir.codes.FhirPeriods;
import org.landscape.fhir.codes.OdsRole;
import org.landscape.fhir.codes.OrganizationReferences;
import org.landscape.fhir.history.RecordChanges.LatestChange;
import org.landscape.practice.domain.Practice;

/**
 * A GP practice as a FHIR Organization on a date: its ODS code (valid over the practice's open
 * life), its ODS roles (prescribing cost centre, GP practice), whether it is active then, its name,
 * address and telephone; the version is its latest change event.
 */
final class PracticeOrganizations {

  static final String COUNTRY = "ENGLAND";

  private PracticeOrganizations() {}

  static Organization of(Practice practice, LocalDate asOf, LatestChange version) {
    Organization organization = new Organization();
    organization.setId(practice.code);
    if (version != null) {
      organization
          .getMeta()
          .setVersionId(Long.toString(version.sequence()))
          .setLastUpdated(Date.from(version.recordedAt()));
    }
    organization.addIdentifier(identifier(practice));
    organization.setActive(practice.isActiveOn(asOf));
    organization.addType(OdsRole.PRESCRIBING_COST_CENTRE.concept());
    organization.addType(OdsRole.GP_PRACTICE.concept());
    organization.setName(practice.name);
    if (practice.telephone != null) {
      organization
          .addTelecom()
          .setSystem(ContactPoint.ContactPointSystem.PHONE)
          .setUse(ContactPoint.ContactPointUse.WORK)
          .setValue(practice.telephone);
    }
    if (practice.addressLines.length > 0 || practice.postcode != null) {
      var address = organization.addAddress();
      for (String line : practice.addressLines) {
        address.addLine(line);
      }
      address.setPostalCode(practice.postcode).setCountry(COUNTRY);
    }
    return organization;
  }

  static Identifier identifier(Practice practice) {
    Identifier identifier = OrganizationReferences.odsCode(practice.code);
    if (practice.openDate != null || practice.closeDate != null) {
      identifier.setPeriod(FhirPeriods.of(practice.openDate, practice.closeDate));
    }
    return identifier;
  }
}
