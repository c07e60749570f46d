package org.landscape.hwb.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.LocalAuthorityKind;

/** The representations of the register of councils. */
public final class LocalAuthorityViews {

  private LocalAuthorityViews() {}

  @Schema(name = "LocalAuthority", description = "An English council")
  public record LocalAuthorityView(
      @Schema(description = "ONS code", example = "E07000105") String code,
      @Schema(example = "Ashford") String name,
      @Schema(description = "Derived from the code's prefix", example = "DISTRICT")
          LocalAuthorityKind kind,
      @Schema(
              description = "The county of a district; absent for every other kind",
              example = "E10000016")
          String upperTierCode,
      @Schema(
              description =
                  "Upper-tier councils (all but districts) host a Health and Wellbeing Board",
              example = "false")
          boolean hostsHealthAndWellbeingBoard,
      @Schema(
              description = "First day of validity; absent when it predates the register",
              example = "2013-04-01")
          LocalDate validFrom,
      @Schema(description = "First day no longer valid; absent while open", example = "2019-04-01")
          LocalDate validTo) {}

  @Schema(
      name = "LocalAuthorityImportReport",
      description = "What an import of the ONS files did, or would do in a dry run")
  public record LocalAuthorityImportReport(
      @Schema(example = "false") boolean dryRun,
      @Schema(description = "English councils in the files", example = "353") int authorities,
      @Schema(
              description = "Of which host a Health and Wellbeing Board (all but districts)",
              example = "152")
          int hostingBoards,
      @Schema(
              description = "Districts and single-tier councils in the district list",
              example = "326")
          int districtList,
      @Schema(description = "Rows of Wales, Scotland or Northern Ireland, skipped", example = "22")
          int skippedOutsideEngland,
      @Schema(example = "353") int created,
      @Schema(example = "0") int updated,
      @Schema(example = "0") int unchanged) {}
}
