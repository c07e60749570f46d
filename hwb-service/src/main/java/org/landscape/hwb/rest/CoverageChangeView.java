package org.landscape.hwb.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CoverageChange",
    description =
        "On the date, the CCGs covering the board's council changed (as this service learned from"
            + " ccg-service's change feed)")
public record CoverageChangeView(
    @Schema(description = "The day the change takes effect", example = "2015-04-01") LocalDate date,
    @Schema(description = "CCGs relevant from the date that were not the day before")
        List<AddedCcg> added,
    @Schema(
            description = "CCGs relevant the day before that are not from the date",
            example = "[\"00G\", \"00H\"]")
        List<String> removed,
    @Schema(description = "Every CCG relevant from the date", example = "[\"13T\"]")
        List<String> relevantCcgs,
    @Schema(
            description =
                "The day seats and relevance were checked on: asOf, or the change's date when"
                    + " later",
            example = "2015-06-01")
        LocalDate checkedOn,
    @Schema(
            description = "The position in ccg-service's change feed this notice was learned at",
            example = "1042")
        long learnedAtSequence,
    @Schema(description = "When this service learned it") OffsetDateTime learnedAt) {

  @Schema(name = "AddedCcg", description = "A CCG that became relevant, and whether it is seated")
  public record AddedCcg(
      @Schema(example = "13T") String ccgCode,
      @Schema(description = "The board seats a CCG_REPRESENTATIVE for the CCG on the day checked")
          boolean representativeSeated,
      @Schema(
              description =
                  "The CCG is still relevant on the day checked and no representative is seated")
          boolean actionNeeded) {}
}
