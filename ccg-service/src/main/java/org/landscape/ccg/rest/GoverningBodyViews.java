package org.landscape.ccg.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.ccg.domain.GoverningBodyRole;

/** Governing body seats, their compliance with the rules, and the national figures. */
public final class GoverningBodyViews {

  private GoverningBodyViews() {}

  @Schema(name = "Seat", description = "A person's seat on a governing body")
  public record SeatView(
      @Schema(example = "17") long id,
      @Schema(example = "Dr A Example") String personName,
      @Schema(example = "[\"GP\", \"CHAIR\"]") Set<GoverningBodyRole> roles,
      @Schema(example = "2013-04-01") LocalDate validFrom,
      LocalDate validTo,
      @Schema(description = "Send as If-Match (quoted) to update", example = "0") long version,
      @Schema(
              description = "The ODS code of the holder's employer; absent when not named",
              example = "RTD")
          String employerCode) {}

  @Schema(name = "ComplianceFinding", description = "One rule, passed or failed, and why")
  public record Finding(
      @Schema(example = "REGISTERED_NURSE") String rule,
      @Schema(example = "At least one registered nurse") String requirement,
      @Schema(example = "SI 2012/1631 reg 11; seeds") String source,
      boolean passed,
      @Schema(example = "no member holds the REGISTERED_NURSE role") String reason) {}

  @Schema(name = "ComplianceReport", description = "A governing body's compliance on a date")
  public record ComplianceReport(
      @Schema(example = "00C") String ccgCode,
      @Schema(example = "2014-10-01") LocalDate asOf,
      @Schema(description = "Distinct members on the date", example = "9") int members,
      boolean compliant,
      List<Finding> findings,
      @Schema(
              description =
                  "Rules about this governing body that span the services, checked where the"
                      + " records they need meet (not counted in `compliant`), with where to read"
                      + " their violations")
          List<CrossServiceCheck> crossServiceChecks) {}

  @Schema(
      name = "CrossServiceCheck",
      description =
          "A rule about the governing body that needs another service's records: it is checked by"
              + " that service, and this says where")
  public record CrossServiceCheck(
      @Schema(example = "CLINICIAN_EMPLOYED_BY_CONTRACTED_PROVIDER") String rule,
      @Schema(
              example =
                  "The registered nurse and the secondary-care specialist doctor are not employed"
                      + " by a provider the CCG commissions from")
          String requirement,
      @Schema(example = "SI 2012/1631 reg 11") String source,
      @Schema(description = "The service that checks it", example = "commissioning-service")
          String checkedBy,
      @Schema(
              description = "Where that service lists this governing body's violations on the date",
              example =
                  "/consistency-report?asOf=2014-10-01&rule=CLINICIAN_EMPLOYED_BY_CONTRACTED_PROVIDER&ccg=00C")
          String path,
      @Schema(
              description =
                  "The same as an absolute URL, when this service is told where that one is"
                      + " (landscape.links.commissioning-service)")
          String href,
      @Schema(description = "Seats on the date the rule applies to that name an employer")
          List<Long> checkedSeats,
      @Schema(
              description =
                  "Seats on the date the rule applies to that name no employer: they cannot be"
                      + " checked")
          List<Long> uncheckedSeats) {}

  @Schema(name = "ShareFigure", description = "How many of a role's holders are GPs")
  public record ShareFigure(
      @Schema(description = "CCGs with a holder of the role", example = "200") int holders,
      @Schema(description = "Of which GPs", example = "50") int gps,
      @Schema(description = "gps / holders, 4 decimals; absent when no holders", example = "0.25")
          BigDecimal share) {}

  @Schema(name = "RegionCount")
  public record RegionCount(
      @Schema(example = "E40000001") String regionCode,
      @Schema(example = "North of England") String regionName,
      @Schema(example = "63") int operationalCcgs) {}

  @Schema(name = "Figures", description = "National figures as of a date")
  public record Figures(
      @Schema(example = "2013-04-01") LocalDate asOf,
      @Schema(description = "Operational CCGs (codes not yet sub-ICB locations)", example = "211")
          int operationalCcgs,
      List<RegionCount> byRegion,
      @Schema(
              description = "Operational CCGs with no overseeing area team on the date",
              example = "0")
          int withoutRegion,
      ShareFigure accountableOfficers,
      ShareFigure chairs,
      @Schema(description = "CCGs in each stage before becoming operational on the date")
          StageCounts stages,
      @Schema(description = "NHS England regions on the date", example = "4") int regions,
      @Schema(description = "ICBs established on the date (none before 2022-07-01)", example = "0")
          int icbs,
      @Schema(description = "Regions those ICBs are in", example = "0") int icbRegions,
      @Schema(description = "Sub-ICB locations on the date", example = "0") int subIcbLocations) {}

  @Schema(
      name = "StageCounts",
      description =
          "CCGs in each stage before becoming operational on a date; a CCG in two stages counts in"
              + " both")
  public record StageCounts(
      @Schema(example = "0") int pathfinder,
      @Schema(example = "0") int shadow,
      @Schema(example = "0") int authorised,
      @Schema(description = "Of the authorised, those authorised with conditions", example = "0")
          int authorisedWithConditions) {}
}
