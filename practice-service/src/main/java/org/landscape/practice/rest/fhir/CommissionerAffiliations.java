package org.landscape.practice.rest.fhir;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.OrganizationAffiliation;
import org.landscape.fhir.codes.FhirPeriods;
import org.landscape.fhir.codes.OdsRelationship;
import org.landscape.fhir.codes.OrganizationReferences;
import org.landscape.practice.domain.Membership;

/**
 * A practice's membership of a CCG as a FHIR OrganizationAffiliation, ODS's RE4 "is commissioned
 * by": the commissioner is the organization (by ODS code, owned by ccg-service), the practice the
 * participating organization, the membership's {@code [from, to)} the period. Its id names the
 * practice, the CCG and the first day ({@code A81001-00K-2013-04-01}), which stay the same when the
 * history is derived again.
 */
final class CommissionerAffiliations {

  private static final Pattern ID =
      Pattern.compile("([A-Z0-9]{3,10})-([A-Z0-9]{3,10})-(\\d{4}-\\d{2}-\\d{2})");

  /** The practice, the CCG and the first day an affiliation's id names. */
  record Key(String practiceCode, String ccgCode, LocalDate from) {}

  private CommissionerAffiliations() {}

  static OrganizationAffiliation of(Membership membership, LocalDate asOf) {
    OrganizationAffiliation affiliation = new OrganizationAffiliation();
    affiliation.setId(
        membership.practiceCode + "-" + membership.ccgCode + "-" + membership.validFrom);
    affiliation.setActive(membership.covers(asOf));
    affiliation.setPeriod(FhirPeriods.of(membership.validFrom, membership.validTo));
    affiliation.setOrganization(OrganizationReferences.byOdsCode(membership.ccgCode, null));
    affiliation.setParticipatingOrganization(
        OrganizationReferences.local(
            membership.practiceCode,
            OrganizationReferences.odsCode(membership.practiceCode),
            null));
    affiliation.addCode(OdsRelationship.IS_COMMISSIONED_BY.concept());
    return affiliation;
  }

  static Optional<Key> key(String id) {
    Matcher matcher = ID.matcher(id);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Key(matcher.group(1), matcher.group(2), LocalDate.parse(matcher.group(3))));
    } catch (java.time.format.DateTimeParseException notADay) {
      return Optional.empty();
    }
  }
}
