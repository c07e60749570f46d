package org.landscape.common.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of one official file did, or in a dry run would do. */
@Schema(name = "ImportReport", description = "What an import did, or in a dry run would do")
public record ImportReport(
    @Schema(example = "CCG_APR_2013.csv") String file,
    @Schema(example = "false") boolean dryRun,
    @Schema(description = "Data rows read", example = "211") int rows,
    @Schema(example = "211") int created,
    @Schema(example = "0") int updated,
    @Schema(example = "0") int unchanged,
    @Schema(
            description = "Rows outside the register's scope (e.g. not CCGs), skipped",
            example = "0")
        int skipped) {

  /** Counts an import's outcomes row by row. */
  public static final class Tally {
    private int created;
    private int updated;
    private int unchanged;
    private int skipped;

    public void created() {
      created++;
    }

    public void updated() {
      updated++;
    }

    public void unchanged() {
      unchanged++;
    }

    public void skipped() {
      skipped++;
    }

    public ImportReport report(String file, boolean dryRun, int rows) {
      return new ImportReport(file, dryRun, rows, created, updated, unchanged, skipped);
    }
  }
}
