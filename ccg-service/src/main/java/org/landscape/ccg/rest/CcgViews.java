package org.landscape.ccg.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The representations of the oversight structure (a CCG, its detail and its record are ccg-api's
 * {@link org.landscape.ccg.api.CcgSummary}, {@link org.landscape.ccg.api.CcgDetail} and {@link
 * org.landscape.ccg.api.CcgFeedPayloads.CcgRecord}).
 */
public final class CcgViews {

  private CcgViews() {}

  @Schema(name = "Region")
  public record RegionView(
      @Schema(description = "ONS code", example = "E40000009") String code,
      @Schema(description = "ODS code", example = "Y63") String odsCode,
      @Schema(example = "North East and Yorkshire") String name,
      LocalDate validFrom,
      @Schema(description = "First day no longer valid") LocalDate validTo,
      @Schema(description = "Where its ODS code and dates come from") String source) {}

  @Schema(name = "AreaTeam")
  public record AreaTeamView(
      @Schema(example = "E39000010") String code,
      @Schema(example = "Cumbria, Northumberland, Tyne and Wear") String name,
      @Schema(example = "E40000001") String regionCode,
      LocalDate validFrom,
      LocalDate validTo) {}
}
