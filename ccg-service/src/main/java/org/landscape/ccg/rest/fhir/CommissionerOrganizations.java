package org.landscape.ccg.rest.fhir;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.landscape.ccg.api.CcgFeedPayloads.CcgRecord;
import org.landscape.ccg.api.CcgFeedPayloads.IcbRecord;
import org.landscape.ccg.api.CcgFeedPayloads.SubIcbLocationRecord;
import org.landscape.ccg.domain.CcgStatus;
import org.landscape.ccg.domain.Region;
import org.landscape.common.time.Validity;
import org.landscape.fhir.codes.FhirPeriods;
import org.landscape.fhir.codes.OdsRole;
import org.landscape.fhir.codes.OrganizationReferences;
import org.landscape.fhir.history.RecordChanges.LatestChange;

/**
 * The register's organisations as FHIR Organizations on a date, each by its ODS code, with its ONS
 * code as a second identifier:
 *
 * <ul>
 *   <li>a CCG code is one Organization over its whole life: ODS role RO98 CLINICAL COMMISSIONING
 *       GROUP until it became a sub-ICB location, RO319 SUB ICB LOCATION from then (2022-07-01),
 *       with the location's name and its ICB as {@code partOf};
 *   <li>an ICB has role RO318 INTEGRATED CARE BOARD, and its region as {@code partOf};
 *   <li>an NHS England region has role RO209 NHS ENGLAND (REGION), its id the ODS code (Y56).
 * </ul>
 *
 * The version is the record's latest change event (regions are not in the change feed).
 */
final class CommissionerOrganizations {

  private CommissionerOrganizations() {}

  static Organization ofCode(
      CcgRecord ccg, List<SubIcbLocationRecord> periods, LocalDate asOf, LatestChange version) {
    Organization organization = organization(ccg.code(), version);
    organization.addIdentifier(ods(ccg.code(), ccg.openDate(), ccg.closeDate()));
    if (ccg.onsCode() != null) {
      organization.addIdentifier(OrganizationReferences.onsCode(ccg.onsCode()));
    }
    boolean becameLocation = periods.stream().anyMatch(p -> !p.validFrom().isAfter(asOf));
    SubIcbLocationRecord location =
        periods.stream()
            .filter(p -> Validity.contains(p.validFrom(), p.validTo(), asOf))
            .findFirst()
            .orElse(null);
    if (becameLocation) {
      organization.setActive(location != null);
      organization.addType(OdsRole.SUB_ICB_LOCATION.concept());
      SubIcbLocationRecord named =
          location != null
              ? location
              : periods.stream().filter(p -> !p.validFrom().isAfter(asOf)).toList().getLast();
      organization.setName(named.name());
    } else {
      organization.setActive(
          CcgStatus.of(ccg.openDate(), ccg.closeDate(), asOf) == CcgStatus.OPERATIONAL);
      organization.addType(OdsRole.CLINICAL_COMMISSIONING_GROUP.concept());
      organization.setName(ccg.name());
    }
    if (location != null) {
      organization.setPartOf(
          OrganizationReferences.local(
              location.icbCode(), OrganizationReferences.odsCode(location.icbCode()), null));
    }
    return organization;
  }

  static Organization ofIcb(
      IcbRecord icb, Map<String, String> regionOdsCodes, LocalDate asOf, LatestChange version) {
    Organization organization = organization(icb.code(), version);
    organization.addIdentifier(ods(icb.code(), icb.openDate(), icb.closeDate()));
    if (icb.onsCode() != null) {
      organization.addIdentifier(OrganizationReferences.onsCode(icb.onsCode()));
    }
    organization.setActive(
        CcgStatus.of(icb.openDate(), icb.closeDate(), asOf) == CcgStatus.OPERATIONAL);
    organization.addType(OdsRole.INTEGRATED_CARE_BOARD.concept());
    organization.setName(icb.name());
    String region = regionOdsCodes.get(icb.regionCode());
    if (region != null) {
      organization.setPartOf(
          OrganizationReferences.local(region, OrganizationReferences.odsCode(region), null));
    }
    return organization;
  }

  /** A region that has an ODS code (the FHIR view serves no other). */
  static Organization ofRegion(Region region, LocalDate asOf) {
    Organization organization = organization(region.odsCode, null);
    organization.addIdentifier(ods(region.odsCode, region.validFrom, region.validTo));
    organization.addIdentifier(OrganizationReferences.onsCode(region.code));
    organization.setActive(Validity.contains(region.validFrom, region.validTo, asOf));
    organization.addType(OdsRole.NHS_ENGLAND_REGION.concept());
    organization.setName(region.name);
    return organization;
  }

  private static Organization organization(String id, LatestChange version) {
    Organization organization = new Organization();
    organization.setId(id);
    if (version != null) {
      organization
          .getMeta()
          .setVersionId(Long.toString(version.sequence()))
          .setLastUpdated(Date.from(version.recordedAt()));
    }
    return organization;
  }

  private static Identifier ods(String code, LocalDate from, LocalDate to) {
    Identifier identifier = OrganizationReferences.odsCode(code);
    if (from != null || to != null) {
      identifier.setPeriod(FhirPeriods.of(from, to));
    }
    return identifier;
  }
}
