package org.landscape.commissioning.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.ProviderKind;

/** Providers as clients read them. */
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
}
