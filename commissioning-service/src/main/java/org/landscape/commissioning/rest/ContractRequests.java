package org.landscape.commissioning.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.Commissioner;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.ContractTerms;
import org.landscape.commissioning.domain.ProviderKind;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.service.ContractLifecycle;

/** What clients send to draft and change contracts. */
public final class ContractRequests {

  private ContractRequests() {}

  static final String VALUE_MESSAGE = "must be an amount in pounds with at most 2 decimal places";

  @Schema(name = "CommissionerRef", description = "A commissioner: its kind and code")
  public record CommissionerRequest(
      @NotNull(message = "is required") @Schema(example = "CCG", required = true)
          CommissionerKind kind,
      @NotNull(message = "is required")
          @Schema(
              description =
                  "CCG: ODS code (00C); LOCAL_AUTHORITY: an upper-tier council's ONS code (E10000016); NHS_ENGLAND: X24",
              example = "00C",
              required = true)
          String code) {

    public Commissioner toCommissioner() {
      return new Commissioner(kind, code.strip());
    }
  }

  @Schema(
      name = "NewContract",
      description = "A contract to draft; it starts as DRAFT and counts in spend once active")
  public record NewContract(
      @NotNull(message = "is required")
          @Pattern(regexp = Contract.REFERENCE_REGEX, message = Contract.REFERENCE_MESSAGE)
          @Schema(example = "00C-RX1-2013-ELECTIVE", required = true)
          String reference,
      @NotNull(message = "is required") @Valid CommissionerRequest commissioner,
      @NotNull(message = "is required")
          @Pattern(regexp = ProviderKind.ANY_CODE, message = ProviderKind.ANY_CODE_MESSAGE)
          @Schema(example = "RX1", required = true)
          String providerCode,
      @NotNull(message = "is required")
          @Pattern(regexp = ServiceCategory.CODE_REGEX, message = ServiceCategory.CODE_MESSAGE)
          @Schema(example = "ELECTIVE_HOSPITAL_CARE", required = true)
          String category,
      @NotNull(message = "is required")
          @DecimalMin(value = "0", message = "must not be negative")
          @Digits(integer = 12, fraction = 2, message = VALUE_MESSAGE)
          @Schema(
              description = "In pounds, exact to the penny",
              example = "365000.00",
              required = true)
          BigDecimal value,
      @NotNull(message = "is required")
          @Schema(description = "First day", example = "2013-10-01", required = true)
          LocalDate startDate,
      @NotNull(message = "is required")
          @Schema(
              description = "First day no longer in force",
              example = "2014-10-01",
              required = true)
          LocalDate endDate) {

    public ContractTerms terms() {
      return new ContractTerms(
          commissioner.toCommissioner(), providerCode, category, value, startDate, endDate);
    }
  }

  @Schema(name = "ContractTerms", description = "A draft's terms (a full replacement)")
  public record Terms(
      @NotNull(message = "is required") @Valid CommissionerRequest commissioner,
      @NotNull(message = "is required")
          @Pattern(regexp = ProviderKind.ANY_CODE, message = ProviderKind.ANY_CODE_MESSAGE)
          @Schema(example = "RX1", required = true)
          String providerCode,
      @NotNull(message = "is required")
          @Pattern(regexp = ServiceCategory.CODE_REGEX, message = ServiceCategory.CODE_MESSAGE)
          @Schema(example = "ELECTIVE_HOSPITAL_CARE", required = true)
          String category,
      @NotNull(message = "is required")
          @DecimalMin(value = "0", message = "must not be negative")
          @Digits(integer = 12, fraction = 2, message = VALUE_MESSAGE)
          @Schema(example = "400000.00", required = true)
          BigDecimal value,
      @NotNull(message = "is required") @Schema(example = "2013-10-01", required = true)
          LocalDate startDate,
      @NotNull(message = "is required") @Schema(example = "2014-10-01", required = true)
          LocalDate endDate) {

    public ContractTerms terms() {
      return new ContractTerms(
          commissioner.toCommissioner(), providerCode, category, value, startDate, endDate);
    }
  }

  @Schema(name = "Termination", description = "End an active contract early")
  public record Termination(
      @NotNull(message = "is required")
          @Schema(
              description = "First day no longer in force; within the contract's period",
              example = "2014-04-01",
              required = true)
          LocalDate date,
      @NotBlank(message = "is required")
          @Size(max = 500, message = "must be at most 500 characters")
          @Schema(example = "Service decommissioned after review", required = true)
          String reason) {}

  @Schema(
      name = "Novation",
      description =
          "Hand an active contract to a successor commissioner from a date: the original ends then, and a successor contract takes the rest of the period and the rest of the value")
  public record Novation(
      @NotNull(message = "is required")
          @Schema(
              description = "The successor's first day; strictly within the contract's period",
              example = "2015-04-01",
              required = true)
          LocalDate date,
      @NotNull(message = "is required") @Valid CommissionerRequest successor,
      @NotNull(message = "is required")
          @Pattern(regexp = Contract.REFERENCE_REGEX, message = Contract.REFERENCE_MESSAGE)
          @Schema(example = "13T-RX1-2015-ELECTIVE", required = true)
          String successorReference) {

    public ContractLifecycle.Novation toCommand() {
      return new ContractLifecycle.Novation(date, successor.toCommissioner(), successorReference);
    }
  }
}
