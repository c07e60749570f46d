package org.landscape.hwb.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The representations of Health and Wellbeing Boards (a board itself: hwb-api's BoardView). */
public final class BoardViews {

  private BoardViews() {}

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
