package org.landscape.ccg.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /icbs/{code}}: an Integrated Care Board as of a date, with its sub-ICB locations. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(
    name = "IcbDetail",
    description = "An Integrated Care Board as of a date, with its region and sub-ICB locations")
public record IcbDetail(
    @Schema(example = "QHM") String code,
    @Schema(example = "E54000050") String onsCode,
    @Schema(example = "NHS North East and North Cumbria ICB") String name,
    @Schema(example = "2023-01-01") LocalDate asOf,
    @Schema(example = "OPERATIONAL") CcgStatus status,
    @Schema(example = "2022-07-01") LocalDate openDate,
    LocalDate closeDate,
    @Schema(description = "Its NHS England region") Region region,
    @Schema(description = "Its sub-ICB locations on asOf, by code")
        List<SubIcbLocation> subIcbLocations,
    @Schema(description = "Where the record comes from") String source) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "IcbRegion")
  public record Region(
      @Schema(example = "E40000009") String code,
      @Schema(example = "Y63") String odsCode,
      @Schema(example = "North East and Yorkshire") String name) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "SubIcbLocation", description = "A sub-ICB location of an ICB on a date")
  public record SubIcbLocation(
      @Schema(example = "16C") String code,
      @Schema(example = "NHS NORTH EAST AND NORTH CUMBRIA ICB - 16C") String name,
      @Schema(example = "2022-07-01") LocalDate validFrom,
      LocalDate validTo) {}
}
