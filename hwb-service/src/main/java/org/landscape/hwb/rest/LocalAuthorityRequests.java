package org.landscape.hwb.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.LocalAuthorityCode;
import org.landscape.hwb.service.LocalAuthorityService;

/** What clients send to change the register of councils. */
public final class LocalAuthorityRequests {

  private LocalAuthorityRequests() {}

  @Schema(
      name = "NewLocalAuthority",
      description = "A council to add to the register; its kind follows from the code")
  public record NewLocalAuthority(
      @NotNull(message = "is required")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          @Schema(example = "E07000105", required = true)
          String code,
      @NotBlank(message = "is required")
          @Size(max = 200, message = "must be at most 200 characters")
          @Schema(example = "Ashford", required = true)
          String name,
      @Pattern(regexp = "E10\\d{6}", message = "must be a county's ONS code (E10 and six digits)")
          @Schema(description = "Required for a district (E07): its county", example = "E10000016")
          String upperTierCode,
      @Schema(example = "2013-04-01") LocalDate validFrom,
      @Schema(example = "null") LocalDate validTo) {

    public LocalAuthorityService.NewLocalAuthorityCommand toCommand() {
      return new LocalAuthorityService.NewLocalAuthorityCommand(
          code, name, upperTierCode, validFrom, validTo);
    }
  }

  @Schema(
      name = "LocalAuthorityChanges",
      description = "The new state of a council's editable fields (a full replacement)")
  public record LocalAuthorityUpdate(
      @NotBlank(message = "is required")
          @Size(max = 200, message = "must be at most 200 characters")
          @Schema(example = "Ashford Borough", required = true)
          String name,
      @Pattern(regexp = "E10\\d{6}", message = "must be a county's ONS code (E10 and six digits)")
          @Schema(example = "E10000016")
          String upperTierCode,
      @Schema(example = "2013-04-01") LocalDate validFrom,
      @Schema(example = "2023-04-01") LocalDate validTo) {

    public LocalAuthorityService.LocalAuthorityUpdateCommand toCommand() {
      return new LocalAuthorityService.LocalAuthorityUpdateCommand(
          name, upperTierCode, validFrom, validTo);
    }
  }
}
