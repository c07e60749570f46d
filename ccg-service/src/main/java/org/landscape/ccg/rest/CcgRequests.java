package org.landscape.ccg.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.ccg.api.CcgStage;
import org.landscape.ccg.service.CcgRegisterService;

/**
 * What clients send to change the CCG register (the bodies its peers send too are ccg-api's {@link
 * org.landscape.ccg.api.CcgWrites}).
 */
public final class CcgRequests {

  private CcgRequests() {}

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

  @Schema(
      name = "StageRequest",
      description = "A period the CCG spent in a stage before it became operational")
  public record StageRequest(
      @NotNull(message = "is required") @Schema(example = "SHADOW", required = true) CcgStage stage,
      @NotNull(message = "is required") @Schema(example = "2012-04-01", required = true)
          LocalDate validFrom,
      @Schema(
              description = "First day no longer in the stage; absent: until the CCG opened",
              example = "2013-04-01")
          LocalDate validTo,
      @Size(max = 500, message = "must be at most 500 characters")
          @Schema(
              description = "Only for AUTHORISED: the conditions the authorisation came with",
              example = "financial plan to be agreed with the NHS Commissioning Board")
          String conditions,
      @Size(max = 500, message = "must be at most 500 characters")
          @Schema(example = "delegated budget from the PCT cluster")
          String note) {

    public CcgRegisterService.NewStage toCommand() {
      return new CcgRegisterService.NewStage(
          org.landscape.ccg.domain.CcgStage.valueOf(stage.name()),
          validFrom,
          validTo,
          conditions,
          note);
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
