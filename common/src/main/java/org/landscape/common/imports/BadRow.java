package org.landscape.common.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row of an imported file that cannot be imported, and why. */
@Schema(description = "A rejected row of an imported file")
public record BadRow(
    @Schema(example = "districts") String file,
    @Schema(description = "1-based line number in the file", example = "12") long line,
    @Schema(example = "code E05000001 is not an English local authority code") String reason) {}
