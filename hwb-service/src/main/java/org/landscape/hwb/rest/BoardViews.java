package org.landscape.hwb.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.BoardStage;

/** The representations of Health and Wellbeing Boards. */
public final class BoardViews {

  private BoardViews() {}

  @Schema(
      name = "Board",
      description = "A Health and Wellbeing Board, hosted by an upper-tier council")
  public record BoardView(
      @Schema(
              description = "The hosting council's ONS code: the board's identifier",
              example = "E08000021")
          String code,
      @Schema(example = "Newcastle upon Tyne Health and Wellbeing Board") String name,
      @Schema(description = "First day in shadow form", example = "2012-04-01")
          LocalDate shadowStart,
      @Schema(description = "First day as a statutory board", example = "2013-04-01")
          LocalDate statutoryStart,
      @Schema(description = "First day of validity", example = "2012-04-01") LocalDate validFrom,
      @Schema(description = "First day no longer valid; absent while open", example = "null")
          LocalDate validTo,
      @Schema(
              description =
                  "Shadow or statutory on the date asked (default today); absent when not valid then",
              example = "STATUTORY")
          BoardStage stage) {}

  @Schema(name = "BulkBoardReport", description = "What establishing every board did")
  public record BulkBoardReport(
      @Schema(example = "2012-04-01") LocalDate shadowStart,
      @Schema(example = "2013-04-01") LocalDate statutoryStart,
      @Schema(description = "Upper-tier councils valid on the shadow start", example = "152")
          int eligibleAuthorities,
      @Schema(example = "152") int created,
      @Schema(description = "Councils that already had a board then", example = "0")
          int unchanged) {}
}
