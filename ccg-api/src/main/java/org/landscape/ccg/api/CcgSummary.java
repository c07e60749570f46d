package org.landscape.ccg.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A CCG as of a date, as {@code GET /ccgs} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "CcgSummary", description = "A CCG, or a sub-ICB location, as of a date")
public record CcgSummary(
    @Schema(example = "00F") String code,
    @Schema(example = "E38000056") String onsCode,
    @Schema(example = "NHS Gateshead") String name,
    @Schema(example = "OPERATIONAL") CcgStatus status,
    @Schema(description = "First operational day", example = "2013-04-01") LocalDate openDate,
    @Schema(description = "First day no longer operational", example = "2015-04-01")
        LocalDate closeDate,
    @Schema(description = "Overseeing area team on the date", example = "E39000010")
        String areaTeamCode,
    @Schema(description = "Region of that area team", example = "E40000001") String regionCode,
    @Schema(
            description =
                "The most advanced stage before becoming operational that the CCG was in on the date"
                    + " (pathfinder, shadow, authorised); absent when none",
            example = "PATHFINDER")
        CcgStage stage,
    @Schema(
            description =
                "What the code is on the date: a CCG, or from 2022-07-01 a sub-ICB location",
            example = "CCG")
        CommissionerKind kind,
    @Schema(description = "As a sub-ICB location: its ICB on the date", example = "QHM")
        String icbCode) {

  /** A CCG before the ICB era. */
  public CcgSummary(
      String code,
      String onsCode,
      String name,
      CcgStatus status,
      LocalDate openDate,
      LocalDate closeDate,
      String areaTeamCode,
      String regionCode,
      CcgStage stage) {
    this(
        code,
        onsCode,
        name,
        status,
        openDate,
        closeDate,
        areaTeamCode,
        regionCode,
        stage,
        CommissionerKind.CCG,
        null);
  }

  /** A CCG in no stage before becoming operational on the date. */
  public CcgSummary(
      String code,
      String onsCode,
      String name,
      CcgStatus status,
      LocalDate openDate,
      LocalDate closeDate,
      String areaTeamCode,
      String regionCode) {
    this(code, onsCode, name, status, openDate, closeDate, areaTeamCode, regionCode, null);
  }
}
