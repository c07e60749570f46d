package org.landscape.hwb.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.LocalAuthorityCode;
import org.landscape.hwb.service.BoardService;

/** What clients send to establish and change boards. */
public final class BoardRequests {

  private BoardRequests() {}

  @Schema(name = "NewBoard", description = "A board to establish for an upper-tier council")
  public record NewBoard(
      @NotNull(message = "is required")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          @Schema(
              description = "An upper-tier council of the register (E06, E08, E09 or E10)",
              example = "E08000021",
              required = true)
          String authorityCode,
      @Size(max = 200, message = "must be at most 200 characters")
          @Schema(
              description = "Default: the council's name and \"Health and Wellbeing Board\"",
              example = "Newcastle upon Tyne Health and Wellbeing Board")
          String name,
      @Schema(description = "Default 2012-04-01", example = "2012-04-01") LocalDate shadowStart,
      @Schema(description = "Default 2013-04-01", example = "2013-04-01") LocalDate statutoryStart,
      @Schema(description = "Default: the shadow start", example = "2012-04-01")
          LocalDate validFrom,
      @Schema(example = "null") LocalDate validTo) {

    public BoardService.NewBoardCommand toCommand() {
      return new BoardService.NewBoardCommand(
          authorityCode, name, shadowStart, statutoryStart, validFrom, validTo);
    }
  }

  @Schema(
      name = "BoardChanges",
      description = "The new state of a board's editable fields (a full replacement)")
  public record BoardUpdate(
      @NotBlank(message = "is required")
          @Size(max = 200, message = "must be at most 200 characters")
          @Schema(example = "Newcastle Wellbeing for Life Board", required = true)
          String name,
      @NotNull(message = "is required") @Schema(example = "2012-04-01", required = true)
          LocalDate shadowStart,
      @NotNull(message = "is required") @Schema(example = "2013-04-01", required = true)
          LocalDate statutoryStart,
      @NotNull(message = "is required") @Schema(example = "2012-04-01", required = true)
          LocalDate validFrom,
      @Schema(example = "null") LocalDate validTo) {

    public BoardService.BoardUpdateCommand toCommand() {
      return new BoardService.BoardUpdateCommand(
          name, shadowStart, statutoryStart, validFrom, validTo);
    }
  }
}
