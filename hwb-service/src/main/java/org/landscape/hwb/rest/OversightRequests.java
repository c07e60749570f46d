package org.landscape.hwb.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.CcgCode;
import org.landscape.hwb.domain.JointDocumentKind;
import org.landscape.hwb.domain.OpinionVerdict;
import org.landscape.hwb.service.JointDocumentService;
import org.landscape.hwb.service.OpinionService;

/** What clients send to change the boards' joint documents and opinions. */
public final class OversightRequests {

  private OversightRequests() {}

  @Schema(
      name = "JointDocumentRequest",
      description = "A document to add, or the new state of one (a full replacement)")
  public record JointDocumentRequest(
      @NotNull(message = "is required")
          @Schema(example = "JOINT_HEALTH_AND_WELLBEING_STRATEGY", required = true)
          JointDocumentKind kind,
      @NotBlank(message = "is required")
          @Size(max = 300, message = "must be at most 300 characters")
          @Schema(example = "Wellbeing for Life Strategy 2013-2016", required = true)
          String title,
      @NotEmpty(message = "must name at least one priority")
          @Size(max = 50, message = "must name at most 50 priorities")
          @Schema(example = "[\"Reduce health inequalities\", \"Healthy ageing\"]", required = true)
          List<
                  @NotBlank(message = "must not be blank")
                  @Size(max = 500, message = "must be at most 500 characters") String>
              priorities,
      @NotNull(message = "is required")
          @Schema(description = "A day the board is valid", example = "2013-04-01", required = true)
          LocalDate validFrom,
      @Schema(example = "2016-04-01") LocalDate validTo) {

    public JointDocumentService.DocumentCommand toCommand() {
      return new JointDocumentService.DocumentCommand(kind, title, priorities, validFrom, validTo);
    }
  }

  @Schema(
      name = "OpinionRequest",
      description = "An opinion to record, or the new state of one (a full replacement)")
  public record OpinionRequest(
      @NotNull(message = "is required")
          @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE)
          @Schema(
              description = "A CCG relevant to the board on givenOn",
              example = "00G",
              required = true)
          String ccgCode,
      @NotBlank(message = "is required")
          @Size(max = 100, message = "must be at most 100 characters")
          @Schema(example = "00G-CP-2014/15-draft-2", required = true)
          String planReference,
      @NotNull(message = "is required")
          @ValidFinancialYear
          @Schema(example = "2014/15", required = true)
          String financialYear,
      @NotNull(message = "is required") @Schema(example = "TAKES_PROPER_ACCOUNT", required = true)
          OpinionVerdict opinion,
      @NotEmpty(message = "must give at least one reason")
          @Size(max = 50, message = "must give at most 50 reasons")
          @Schema(
              example = "[\"Addresses the strategy's priority on healthy ageing\"]",
              required = true)
          List<
                  @NotBlank(message = "must not be blank")
                  @Size(max = 2000, message = "must be at most 2000 characters") String>
              reasons,
      @NotNull(message = "is required")
          @Schema(
              description = "When the board gave it; a strategy must be in force then",
              example = "2014-02-14",
              required = true)
          LocalDate givenOn) {

    public OpinionService.OpinionCommand toCommand() {
      return new OpinionService.OpinionCommand(
          ccgCode, planReference, financialYear, opinion, reasons, givenOn);
    }
  }
}
