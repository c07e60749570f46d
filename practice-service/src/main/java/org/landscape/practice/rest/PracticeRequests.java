package org.landscape.practice.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.practice.api.ContractType;
import org.landscape.practice.api.PracticeStatus;
import org.landscape.practice.domain.PracticeCode;
import org.landscape.practice.mapping.PracticeMapper;
import org.landscape.practice.service.MembershipFactService;
import org.landscape.practice.service.PracticeService;
import org.landscape.practice.service.TransferService;

/** What clients send to change practices. */
public final class PracticeRequests {

  private PracticeRequests() {}

  static final String CCG_CODE = "[0-9]{2}[A-Z]|[A-Z0-9]{5}";
  static final String CCG_MESSAGE = "must be a CCG's ODS code (00C or M1J4Y)";

  @Schema(
      name = "PracticeDetails",
      description = "A practice's descriptive fields (a full replacement on update)")
  public record Details(
      @NotBlank(message = "is required")
          @Size(max = 200, message = "must be at most 200 characters")
          @Schema(example = "WHINFIELD SURGERY", required = true)
          String name,
      @Size(max = 5, message = "must have at most 5 lines")
          @Schema(example = "[\"WHINBUSH WAY\", \"DARLINGTON\"]")
          List<@NotBlank(message = "must not be blank") String> addressLines,
      @NotNull(message = "is required")
          @Schema(
              example = "dl1 3rt",
              description = "Any spacing and case; stored normalised",
              required = true)
          String postcode,
      @Size(max = 30, message = "must be at most 30 characters")
          @Pattern(regexp = "[0-9 +()-]*", message = "must be a telephone number")
          @Schema(example = "01325 481321")
          String telephone,
      @NotNull(message = "is required") @Schema(example = "ACTIVE", required = true)
          PracticeStatus status,
      @Schema(example = "1974-04-01") LocalDate openDate,
      @Schema(
              description = "First day closed; ends the current membership then",
              example = "2016-04-01")
          LocalDate closeDate,
      @Schema(example = "GMS") ContractType contractType,
      @Min(value = 0, message = "must not be negative") @Schema(example = "8500")
          Integer listSize) {

    public PracticeService.Details toCommand() {
      return new PracticeService.Details(
          name,
          addressLines,
          postcode,
          telephone,
          PracticeMapper.toDomain(status),
          openDate,
          closeDate,
          PracticeMapper.toDomain(contractType),
          listSize);
    }
  }

  @Schema(name = "NewPractice", description = "A practice to register, with the CCG it joins")
  public record NewPractice(
      @NotNull(message = "is required")
          @Pattern(regexp = PracticeCode.REGEX, message = PracticeCode.MESSAGE)
          @Schema(example = "Z99001", required = true)
          String code,
      @NotNull(message = "is required") @jakarta.validation.Valid Details details,
      @NotNull(message = "is required")
          @Pattern(regexp = CCG_CODE, message = CCG_MESSAGE)
          @Schema(example = "00C", required = true)
          String ccgCode,
      @NotNull(message = "is required")
          @Schema(description = "First day of membership", example = "2013-04-01", required = true)
          LocalDate memberFrom) {

    public PracticeService.Registration toCommand(String source) {
      return new PracticeService.Registration(
          code, details == null ? null : details.toCommand(), ccgCode, memberFrom, source);
    }
  }

  @Schema(name = "Transfer", description = "Move the practice to another CCG from a date")
  public record Transfer(
      @NotNull(message = "is required")
          @Pattern(regexp = CCG_CODE, message = CCG_MESSAGE)
          @Schema(example = "00D", required = true)
          String targetCcgCode,
      @NotNull(message = "is required")
          @Schema(
              description = "First day in the target CCG",
              example = "2014-04-01",
              required = true)
          LocalDate effectiveDate) {

    public TransferService.Transfer toCommand(String source) {
      return new TransferService.Transfer(targetCcgCode, effectiveDate, source);
    }
  }

  @Schema(name = "FactWithdrawal", description = "Withdraw a wrong fact, saying why")
  public record Withdrawal(
      @NotBlank(message = "is required")
          @Size(max = 500, message = "must be at most 500 characters")
          @Schema(example = "recorded against the wrong practice", required = true)
          String reason) {}

  @Schema(
      name = "FactCorrection",
      description = "Replace a wrong fact by the right one: the CCG and the first day, and why")
  public record Correction(
      @NotNull(message = "is required")
          @Pattern(regexp = CCG_CODE, message = CCG_MESSAGE)
          @Schema(example = "00K", required = true)
          String ccgCode,
      @NotNull(message = "is required") @Schema(example = "2014-06-01", required = true)
          LocalDate validFrom,
      @NotBlank(message = "is required")
          @Size(max = 500, message = "must be at most 500 characters")
          @Schema(example = "the transfer took effect in June, not April", required = true)
          String reason) {

    public MembershipFactService.Correction toCommand(String source) {
      return new MembershipFactService.Correction(ccgCode, validFrom, reason.strip(), source);
    }
  }
}
