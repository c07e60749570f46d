package org.landscape.ccg.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.ccg.domain.CcgCode;
import org.landscape.ccg.service.AreaService;
import org.landscape.ccg.service.CcgRegisterService;

/** What clients send to change the CCG register. */
public final class CcgRequests {

  private CcgRequests() {}

  static final String ONS_CCG = "E38\\d{6}";
  static final String ONS_CCG_MESSAGE = "must be a CCG's ONS code (E38 and six digits)";

  @Schema(name = "NewCcg", description = "A CCG to add to the register")
  public record NewCcg(
      @NotNull(message = "is required")
          @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE)
          @Schema(example = "99Z", required = true)
          String code,
      @Pattern(regexp = ONS_CCG, message = ONS_CCG_MESSAGE) @Schema(example = "E38000999")
          String onsCode,
      @NotBlank(message = "is required")
          @Size(max = 200, message = "must be at most 200 characters")
          @Schema(example = "NHS Example", required = true)
          String name,
      @NotNull(message = "is required")
          @Schema(description = "First operational day", example = "2013-04-01", required = true)
          LocalDate openDate,
      @Schema(description = "First day no longer operational", example = "2020-04-01")
          LocalDate closeDate) {

    public CcgRegisterService.NewCcg toCommand() {
      return new CcgRegisterService.NewCcg(code, onsCode, name, openDate, closeDate);
    }
  }

  @Schema(
      name = "CcgChanges",
      description = "The new state of a CCG's own fields (a full replacement)")
  public record CcgUpdate(
      @Pattern(regexp = ONS_CCG, message = ONS_CCG_MESSAGE) @Schema(example = "E38000999")
          String onsCode,
      @NotBlank(message = "is required")
          @Size(max = 200, message = "must be at most 200 characters")
          @Schema(example = "NHS Example", required = true)
          String name,
      @NotNull(message = "is required") @Schema(example = "2013-04-01", required = true)
          LocalDate openDate,
      @Schema(example = "2020-04-01") LocalDate closeDate) {

    public CcgRegisterService.CcgUpdate toCommand() {
      return new CcgRegisterService.CcgUpdate(onsCode, name, openDate, closeDate);
    }
  }

  @Schema(name = "SuccessorRequest", description = "A successor of this CCG")
  public record SuccessorRequest(
      @NotNull(message = "is required")
          @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE)
          @Schema(example = "13T", required = true)
          String successorCode,
      @NotNull(message = "is required")
          @Schema(
              description = "The successor's first day",
              example = "2015-04-01",
              required = true)
          LocalDate effectiveDate) {

    public CcgRegisterService.NewSuccessor toCommand() {
      return new CcgRegisterService.NewSuccessor(successorCode, effectiveDate);
    }
  }

  @Schema(name = "OversightRequest", description = "The area team overseeing the CCG from a date")
  public record OversightRequest(
      @NotNull(message = "is required")
          @Pattern(
              regexp = "E39\\d{6}",
              message = "must be an area team's ONS code (E39 and six digits)")
          @Schema(example = "E39000010", required = true)
          String areaTeamCode,
      @NotNull(message = "is required") @Schema(example = "2014-04-01", required = true)
          LocalDate validFrom) {

    public CcgRegisterService.OversightChange toCommand() {
      return new CcgRegisterService.OversightChange(areaTeamCode, validFrom);
    }
  }

  @Schema(name = "ConstitutionRequest", description = "A version of the CCG's constitution")
  public record ConstitutionRequest(
      @NotBlank(message = "is required")
          @Size(max = 40, message = "must be at most 40 characters")
          @Schema(example = "2.1", required = true)
          String version,
      @NotNull(message = "is required") @Schema(example = "2014-06-01", required = true)
          LocalDate adoptedOn,
      @NotNull(message = "is required")
          @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
          @Schema(example = "https://example.nhs.uk/constitution-v2.1.pdf", required = true)
          String documentUrl) {

    public CcgRegisterService.NewConstitution toCommand() {
      return new CcgRegisterService.NewConstitution(version, adoptedOn, documentUrl);
    }
  }

  @Schema(name = "PathfinderRequest", description = "A period the CCG ran as a pathfinder")
  public record PathfinderRequest(
      @NotNull(message = "is required") @Schema(example = "2011-04-01", required = true)
          LocalDate validFrom,
      @Schema(example = "2013-04-01") LocalDate validTo,
      @Size(max = 500, message = "must be at most 500 characters")
          @Schema(example = "wave 1 pathfinder")
          String note) {

    public CcgRegisterService.NewPathfinderPeriod toCommand() {
      return new CcgRegisterService.NewPathfinderPeriod(validFrom, validTo, note);
    }
  }

  @Schema(name = "AreaAuthority", description = "A council the CCG covers, with shares where known")
  public record AreaAuthority(
      @NotNull(message = "is required")
          @Pattern(
              regexp = "E(06|08|09|10)\\d{6}",
              message =
                  "must be the ONS code of an upper-tier council (E06, E08, E09, E10), where boards sit")
          @Schema(example = "E08000021", required = true)
          String localAuthorityCode,
      @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
          @DecimalMax(value = "1", message = "must be at most 1")
          @Schema(example = "0.5")
          BigDecimal shareOfCcg,
      @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
          @DecimalMax(value = "1", message = "must be at most 1")
          @Schema(example = "0.45")
          BigDecimal shareOfAuthority) {

    public AreaService.Entry toEntry() {
      return new AreaService.Entry(localAuthorityCode, shareOfCcg, shareOfAuthority);
    }
  }

  @Schema(
      name = "AreaRequest",
      description = "The CCG's area over a period; replaces what it covered then")
  public record AreaRequest(
      @NotNull(message = "is required") @Schema(example = "2016-04-01", required = true)
          LocalDate validFrom,
      @Schema(example = "2018-04-01") LocalDate validTo,
      @NotEmpty(message = "must name at least one council")
          @Size(max = 50, message = "must name at most 50 councils")
          List<@Valid @NotNull(message = "must not be null") AreaAuthority> authorities) {

    public CcgRegisterService.AreaChange toCommand() {
      return new CcgRegisterService.AreaChange(
          validFrom, validTo, authorities.stream().map(AreaAuthority::toEntry).toList());
    }
  }

  @Schema(
      name = "LookupRequest",
      description = "Which of these CCGs are operational on a date, and where")
  public record LookupRequest(
      @NotNull(message = "is required") @Schema(example = "2014-06-01", required = true)
          LocalDate date,
      @NotEmpty(message = "must name at least one code")
          @Size(max = 1000, message = "must name at most 1000 codes")
          @Schema(example = "[\"00F\", \"13T\", \"00C\"]", required = true)
          List<@NotNull(message = "must not be null") String> codes) {}
}
