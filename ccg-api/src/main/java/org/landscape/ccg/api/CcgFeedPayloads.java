package org.landscape.ccg.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The payloads of ccg-service's change feed that its followers read, by resource type: ccg-service
 * writes these records, and a follower converts a change's payload into one (e.g. {@code
 * json.treeToValue(event.payload(), CcgRecord.class)}). Dates are ISO strings, strictly; fields
 * added later are ignored, and so is a later kind of area source (read as null).
 */
public final class CcgFeedPayloads {

  private CcgFeedPayloads() {}

  /** A CCG's own fields: {@link CcgRecord}. */
  public static final String CCG = "ccg";

  /** A CCG's whole area history, each time it changes: a list of {@link AreaRecord}. */
  public static final String CCG_AREA = "ccg-area";

  /** A predecessor to successor link: {@link SuccessionRecord}. */
  public static final String CCG_SUCCESSION = "ccg-succession";

  /** An Integrated Care Board's own fields: {@link IcbRecord}. */
  public static final String ICB = "icb";

  /**
   * A code's whole history as a sub-ICB location, each time it changes: a list of {@link
   * SubIcbLocationRecord}; the event's id is the CCG code.
   */
  public static final String SUB_ICB_LOCATION = "sub-icb-location";

  /** An ICB's own fields ({@code icb}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "IcbRecord", description = "An Integrated Care Board's own fields")
  public record IcbRecord(
      String code,
      String onsCode,
      String name,
      String regionCode,
      LocalDate openDate,
      LocalDate closeDate) {}

  /** One period of a code as a sub-ICB location of an ICB ({@code sub-icb-location}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "SubIcbLocationRecord")
  public record SubIcbLocationRecord(
      String ccgCode, String icbCode, String name, LocalDate validFrom, LocalDate validTo) {}

  /** A CCG's own fields ({@code ccg}); also what a create or an update of a CCG answers. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "CcgRecord", description = "A CCG's own fields, as in the change feed")
  public record CcgRecord(
      String code,
      String onsCode,
      String name,
      @JsonFormat(lenient = OptBoolean.FALSE) LocalDate openDate,
      @JsonFormat(lenient = OptBoolean.FALSE) LocalDate closeDate) {}

  /** One entry of a CCG's area ({@code ccg-area} carries the CCG's whole history of them). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AreaRecord(
      String localAuthorityCode,
      BigDecimal shareOfCcg,
      BigDecimal shareOfAuthority,
      @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) CcgAreaSource source,
      @JsonFormat(lenient = OptBoolean.FALSE) LocalDate validFrom,
      @JsonFormat(lenient = OptBoolean.FALSE) LocalDate validTo) {}

  /** A predecessor to successor link ({@code ccg-succession}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SuccessionRecord(
      String predecessorCode,
      String successorCode,
      @JsonFormat(lenient = OptBoolean.FALSE) LocalDate effectiveDate) {}
}
