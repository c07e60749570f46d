package org.landscape.ccg.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /ccgs/{code}}: a CCG as of a date, with what hangs off it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(
    name = "CcgDetail",
    description =
        "A CCG (or, from 2022-07-01, a sub-ICB location) as of a date, with its oversight, area,"
            + " links and constitution")
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
    ConstitutionView constitution,
    @Schema(
            description =
                "The most advanced stage before becoming operational that the CCG was in on asOf;"
                    + " absent when none",
            example = "SHADOW")
        CcgStage stage,
    @Schema(description = "The stages the CCG was in on asOf, in order")
        List<CcgStage> stagesOnDate,
    @Schema(description = "Every stage before it became operational, by start")
        List<StageView> stages,
    @Schema(
            description =
                "What the code is on asOf: a CCG, or from 2022-07-01 a sub-ICB location of an ICB",
            example = "SUB_ICB_LOCATION")
        CommissionerKind kind,
    @Schema(description = "As a sub-ICB location: its ICB on asOf") CodeAndName icb,
    @Schema(description = "The code's periods as a sub-ICB location, by start")
        List<CcgFeedPayloads.SubIcbLocationRecord> subIcbLocations) {

  /** A CCG before the ICB era, with its stages. */
  public CcgDetail(
      String code,
      String onsCode,
      String name,
      LocalDate asOf,
      CcgStatus status,
      LocalDate openDate,
      LocalDate closeDate,
      CodeAndName areaTeam,
      CodeAndName region,
      List<AreaEntry> area,
      List<SuccessionLink> predecessors,
      List<SuccessionLink> successors,
      List<PathfinderView> pathfinderPeriods,
      ConstitutionView constitution,
      CcgStage stage,
      List<CcgStage> stagesOnDate,
      List<StageView> stages) {
    this(
        code,
        onsCode,
        name,
        asOf,
        status,
        openDate,
        closeDate,
        areaTeam,
        region,
        area,
        predecessors,
        successors,
        pathfinderPeriods,
        constitution,
        stage,
        stagesOnDate,
        stages,
        CommissionerKind.CCG,
        null,
        List.of());
  }

  /** A CCG with no stage before becoming operational. */
  public CcgDetail(
      String code,
      String onsCode,
      String name,
      LocalDate asOf,
      CcgStatus status,
      LocalDate openDate,
      LocalDate closeDate,
      CodeAndName areaTeam,
      CodeAndName region,
      List<AreaEntry> area,
      List<SuccessionLink> predecessors,
      List<SuccessionLink> successors,
      List<PathfinderView> pathfinderPeriods,
      ConstitutionView constitution) {
    this(
        code,
        onsCode,
        name,
        asOf,
        status,
        openDate,
        closeDate,
        areaTeam,
        region,
        area,
        predecessors,
        successors,
        pathfinderPeriods,
        constitution,
        null,
        List.of(),
        List.of(),
        CommissionerKind.CCG,
        null,
        List.of());
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "CodeAndName")
  public record CodeAndName(
      @Schema(example = "E39000010") String code,
      @Schema(example = "Cumbria, Northumberland, Tyne and Wear") String name) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
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
      @Schema(example = "LSOA_LOOKUP") CcgAreaSource source,
      LocalDate validFrom,
      LocalDate validTo) {}

  /** {@code GET /ccgs/{code}/successors} and {@code /predecessors} list these too. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "SuccessionLink", description = "A predecessor to successor link")
  public record SuccessionLink(
      @Schema(example = "00F") String predecessorCode,
      @Schema(example = "13T") String successorCode,
      @Schema(description = "The successor's first day", example = "2015-04-01")
          LocalDate effectiveDate) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "Constitution")
  public record ConstitutionView(
      @Schema(example = "2.1") String version,
      @Schema(example = "2014-06-01") LocalDate adoptedOn,
      @Schema(example = "https://example.nhs.uk/constitution-v2.1.pdf") String documentUrl) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "PathfinderPeriod")
  public record PathfinderView(
      @Schema(example = "2011-04-01") LocalDate validFrom,
      @Schema(example = "2013-04-01") LocalDate validTo,
      @Schema(example = "wave 1 pathfinder") String note) {}

  /** {@code POST /ccgs/{code}/stages} answers this too. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(
      name = "CcgStagePeriod",
      description = "A period a CCG spent in a stage before it became operational")
  public record StageView(
      @Schema(example = "17") long id,
      @Schema(example = "SHADOW") CcgStage stage,
      @Schema(example = "2012-04-01") LocalDate validFrom,
      @Schema(description = "First day no longer in the stage", example = "2013-04-01")
          LocalDate validTo,
      @Schema(
              description =
                  "For an authorisation: the conditions it came with; absent when authorised"
                      + " without conditions",
              example = "financial plan to be agreed with the NHS Commissioning Board")
          String conditions,
      @Schema(example = "delegated budget from the PCT cluster") String note) {}
}
