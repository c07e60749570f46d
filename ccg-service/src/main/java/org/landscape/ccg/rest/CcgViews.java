package org.landscape.ccg.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.ccg.api.CcgStatus;
import org.landscape.ccg.domain.AreaSource;

/** The representations of CCGs and what hangs off them. */
public final class CcgViews {

  private CcgViews() {}

  @Schema(name = "CodeAndName")
  public record CodeAndName(
      @Schema(example = "E39000010") String code,
      @Schema(example = "Cumbria, Northumberland, Tyne and Wear") String name) {}

  @Schema(name = "CcgRecord", description = "A CCG's own fields, as in the change feed")
  public record CcgRecord(
      String code, String onsCode, String name, LocalDate openDate, LocalDate closeDate) {}

  @Schema(name = "AreaEntry", description = "A local authority a CCG covers")
  public record AreaEntry(
      @Schema(example = "E08000037") String localAuthorityCode,
      @Schema(
              description = "Share of the CCG's area in this authority (0-1); absent when unknown",
              example = "1")
          BigDecimal shareOfCcg,
      @Schema(
              description =
                  "Share of the authority's area this CCG covers (0-1); absent when unknown",
              example = "1")
          BigDecimal shareOfAuthority,
      @Schema(example = "LSOA_LOOKUP") AreaSource source,
      LocalDate validFrom,
      LocalDate validTo) {}

  @Schema(name = "SuccessionLink", description = "A predecessor to successor link")
  public record SuccessionLink(
      @Schema(example = "00F") String predecessorCode,
      @Schema(example = "13T") String successorCode,
      @Schema(description = "The successor's first day", example = "2015-04-01")
          LocalDate effectiveDate) {}

  @Schema(name = "Constitution")
  public record ConstitutionView(
      @Schema(example = "2.1") String version,
      @Schema(example = "2014-06-01") LocalDate adoptedOn,
      @Schema(example = "https://example.nhs.uk/constitution-v2.1.pdf") String documentUrl) {}

  @Schema(name = "PathfinderPeriod")
  public record PathfinderView(
      @Schema(example = "2011-04-01") LocalDate validFrom,
      @Schema(example = "2013-04-01") LocalDate validTo,
      @Schema(example = "wave 1 pathfinder") String note) {}

  @Schema(
      name = "CcgDetail",
      description = "A CCG as of a date, with its oversight, area, links and constitution")
  public record CcgDetail(
      String code,
      String onsCode,
      String name,
      @Schema(example = "2014-06-01") LocalDate asOf,
      CcgStatus status,
      LocalDate openDate,
      LocalDate closeDate,
      CodeAndName areaTeam,
      CodeAndName region,
      List<AreaEntry> area,
      List<SuccessionLink> predecessors,
      List<SuccessionLink> successors,
      List<PathfinderView> pathfinderPeriods,
      ConstitutionView constitution) {}

  @Schema(name = "Region")
  public record RegionView(
      @Schema(example = "E40000001") String code,
      @Schema(example = "North of England") String name,
      LocalDate validFrom,
      LocalDate validTo) {}

  @Schema(name = "AreaTeam")
  public record AreaTeamView(
      @Schema(example = "E39000010") String code,
      @Schema(example = "Cumbria, Northumberland, Tyne and Wear") String name,
      @Schema(example = "E40000001") String regionCode,
      LocalDate validFrom,
      LocalDate validTo) {}
}
