package org.landscape.commissioning.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.ReconfigurationKind;
import org.landscape.commissioning.service.ReconfigurationService;
import org.landscape.common.reconfiguration.CcgHandover;

public final class ReconfigurationRequests {

  private ReconfigurationRequests() {}

  @Schema(
      name = "ReconfigurationProposal",
      description =
          "A merger of CCGs into a new or surviving one, or the closure of one CCG whose practices, contracts and seats pass to another")
  public record Proposal(
      @NotNull(message = "is required") @Schema(example = "MERGER", required = true)
          ReconfigurationKind kind,
      @NotEmpty(message = "must name at least one CCG")
          @Size(max = 50, message = "must name at most 50 CCGs")
          @Schema(
              description = "The CCGs that close on the effective date",
              example = "[\"00F\", \"00G\", \"00H\"]",
              required = true)
          List<
                  @NotNull(message = "must not be null")
                  @Pattern(regexp = CcgHandover.CCG_CODE, message = CcgHandover.CCG_MESSAGE) String>
              predecessorCodes,
      @NotNull(message = "is required")
          @Pattern(regexp = CcgHandover.CCG_CODE, message = CcgHandover.CCG_MESSAGE)
          @Schema(example = "13T", required = true)
          String successorCode,
      @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
          @Schema(
              description =
                  "The name of a successor the reconfiguration creates; absent when it exists already (it survives)",
              example = "NHS Newcastle Gateshead CCG")
          String newSuccessorName,
      @NotNull(message = "is required")
          @Schema(
              description = "The successor's first day; the predecessors' first day closed",
              example = "2015-04-01",
              required = true)
          LocalDate effectiveDate) {

    public ReconfigurationService.Proposal toCommand() {
      return new ReconfigurationService.Proposal(
          kind, predecessorCodes, successorCode, newSuccessorName, effectiveDate);
    }
  }
}
