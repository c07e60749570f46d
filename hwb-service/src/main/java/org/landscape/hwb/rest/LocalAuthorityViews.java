package org.landscape.hwb.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The representations of the register of councils (a council itself: hwb-api's LocalAuthorityView).
 */
public final class LocalAuthorityViews {

  private LocalAuthorityViews() {}

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
