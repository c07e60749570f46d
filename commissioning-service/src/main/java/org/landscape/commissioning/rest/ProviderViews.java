package org.landscape.commissioning.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.ProviderKind;

/** Providers as clients send and read them. */
public final class ProviderViews {

  private ProviderViews() {}

  @Schema(
      name = "Provider",
      description = "A provider of NHS services, open over [openDate, closeDate)")
  public record ProviderView(
      @Schema(example = "RX1") String code,
      @Schema(example = "NOTTINGHAM UNIVERSITY HOSPITALS NHS TRUST") String name,
      @Schema(example = "NHS_TRUST") ProviderKind kind,
      @Schema(description = "First day open", example = "2006-04-01") LocalDate openDate,
      @Schema(description = "First day closed; absent while open", example = "2020-04-01")
          LocalDate closeDate,
      @Schema(description = "Send as If-Match (quoted) to update", example = "0") long version) {}

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
      @Schema(description = "First day closed", example = "2020-04-01") LocalDate closeDate) {}
}
