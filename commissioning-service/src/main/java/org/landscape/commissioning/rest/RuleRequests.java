package org.landscape.commissioning.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.Arrangement;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.service.CommissioningRuleService;

/** What clients send to add a rule of who may commission what. */
public final class RuleRequests {

  private RuleRequests() {}

  @Schema(name = "NewCommissioningRule", description = "A later rule of who may commission what")
  public record NewRuleRequest(
      @NotNull(message = "is required")
          @Pattern(regexp = ServiceCategory.CODE_REGEX, message = ServiceCategory.CODE_MESSAGE)
          @Schema(example = "GENERAL_PRACTICE", required = true)
          String category,
      @NotNull(message = "is required") @Schema(example = "CCG", required = true)
          CommissionerKind commissionerKind,
      @NotNull(message = "is required")
          @Schema(
              description = "DIRECT: it answers for the category (one kind at a time)",
              example = "DELEGATED",
              required = true)
          Arrangement arrangement,
      @NotNull(message = "is required") @Schema(example = "2015-04-01", required = true)
          LocalDate validFrom,
      @Schema(description = "First day no longer valid; omit while open") LocalDate validTo,
      @Size(max = 500, message = "must be at most 500 characters")
          @Schema(example = "Co-commissioning: delegated responsibility for primary medical care")
          String note) {

    public CommissioningRuleService.NewRuleCommand toCommand() {
      return new CommissioningRuleService.NewRuleCommand(
          category, commissionerKind, arrangement, validFrom, validTo, note);
    }
  }
}
