package org.landscape.practice.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What {@code POST /ccg-transfers} and its reversal answer: the member practices of the
 * predecessors that moved to the successor, or would (dry run).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(
    name = "CcgTransferResult",
    description =
        "The member practices of the predecessors that moved to the successor, or would (dry run)")
public record CcgTransferResult(
    @Schema(example = "13T") String successorCode,
    @Schema(example = "2015-04-01") LocalDate effectiveDate,
    boolean dryRun,
    @Schema(description = "Moved by this request") List<MovedPractice> transferred,
    @Schema(description = "Moved by an earlier request of the same handover")
        List<MovedPractice> alreadyTransferred,
    @Schema(description = "Moved back to their predecessor (reversal)")
        List<MovedPractice> reverted) {

  /** A practice that moves (or moved) to the successor, from the predecessor it leaves. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @Schema(name = "MovedPractice", description = "A practice that moves (or moved) to the successor")
  public record MovedPractice(
      @Schema(example = "A84005") String practiceCode,
      @Schema(description = "The predecessor it leaves", example = "00G") String fromCcgCode) {}
}
