package org.landscape.hwb.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code POST /ccg-seat-handovers} and its reversal answer. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(
    name = "CcgSeatHandoverResult",
    description =
        "The CCG representatives' seats handed to the successor, or that would be (dry run)")
public record CcgSeatHandoverResult(
    @Schema(example = "13T") String successorCode,
    @Schema(example = "2015-04-01") LocalDate effectiveDate,
    boolean dryRun,
    @Schema(description = "Handed over by this request") List<SeatHandover> handedOver,
    @Schema(description = "Handed over by an earlier request of the same handover")
        List<SeatHandover> handedOverBefore,
    @Schema(description = "Given back to the predecessors (reversal)")
        List<SeatHandover> reverted) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "SeatHandover")
  public record SeatHandover(
      @Schema(description = "The board's council", example = "E08000021") String boardCode,
      @Schema(example = "Dr Jane Example") String personName,
      @Schema(example = "00G") String predecessorCode,
      @Schema(description = "The predecessor's seat, ended on the date", example = "41")
          long seatId,
      @Schema(
              description =
                  "The successor's seat begun in its place; absent when the board seated it already",
              example = "97")
          Long successorSeatId) {}
}
