package org.landscape.commissioning.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.ProviderKind;
import org.landscape.commissioning.service.ProviderService;

/** What clients send to register providers. */
public final class ProviderRequests {

  private ProviderRequests() {}

  @Schema(name = "NewProvider", description = "A provider to register")
  public record NewProvider(
      @NotNull(message = "is required")
          @Pattern(regexp = ProviderKind.ANY_CODE, message = ProviderKind.ANY_CODE_MESSAGE)
          @Schema(
              description = "ODS code; a GP practice's must be known to practice-service",
              example = "NT4",
              required = true)
          String code,
      @NotBlank(message = "is required")
          @Size(max = 200, message = "must be at most 200 characters")
          @Schema(example = "CIRCLE HEALTH GROUP", required = true)
          String name,
      @NotNull(message = "is required") @Schema(example = "INDEPENDENT_SECTOR", required = true)
          ProviderKind kind,
      @Schema(example = "2013-04-01") LocalDate openDate,
      @Schema(description = "First day closed", example = "2020-04-01") LocalDate closeDate) {

    public ProviderService.Registration toCommand() {
      return new ProviderService.Registration(code, name, kind, openDate, closeDate);
    }
  }
}
