package org.landscape.ccg.rest.fhir;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.OrganizationAffiliation;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.domain.SubIcbLocation;
import org.landscape.common.time.Validity;
import org.landscape.fhir.codes.FhirPeriods;
import org.landscape.fhir.codes.OdsRelationship;
import org.landscape.fhir.codes.OrganizationReferences;

/**
 * Where the register places its organisations, as FHIR OrganizationAffiliations with ODS's RE5 "is
 * located in the geography of" (the relationship ODS records from a sub-ICB location to its ICB and
 * from an ICB to its NHS England region): a sub-ICB location (participating) in its ICB
 * (organization) over the location's period, and an ICB in its region over the ICB's life (the
 * register holds one region per ICB). The id names the participating organisation, the primary one
 * and the first day ({@code 16C-QHM-2022-07-01}).
 */
final class CommissionerAffiliations {

  private CommissionerAffiliations() {}

  /** A participating and a primary organisation, from a day until a day (null: open). */
  record Link(String participating, String primary, LocalDate from, LocalDate to) {

    String id() {
      return participating + "-" + primary + "-" + from;
    }

    boolean holdsOn(LocalDate day) {
      return Validity.contains(from, to, day);
    }
  }

  static Link of(SubIcbLocation location) {
    return new Link(location.ccgCode, location.icbCode, location.validFrom, location.validTo);
  }

  static Link of(Icb icb, String regionOdsCode) {
    return new Link(icb.code, regionOdsCode, icb.openDate, icb.closeDate);
  }

  static OrganizationAffiliation of(Link link, LocalDate asOf) {
    OrganizationAffiliation affiliation = new OrganizationAffiliation();
    affiliation.setId(link.id());
    affiliation.setActive(link.holdsOn(asOf));
    affiliation.setPeriod(FhirPeriods.of(link.from(), link.to()));
    affiliation.setOrganization(
        OrganizationReferences.local(
            link.primary(), OrganizationReferences.odsCode(link.primary()), null));
    affiliation.setParticipatingOrganization(
        OrganizationReferences.local(
            link.participating(), OrganizationReferences.odsCode(link.participating()), null));
    affiliation.addCode(OdsRelationship.IS_LOCATED_IN_THE_GEOGRAPHY_OF.concept());
    return affiliation;
  }
}
