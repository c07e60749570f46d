package org.landscape.hwb.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CcgNominationReport", description = "The CCG nominees seated on the boards")
public record CcgNominationReport(
    @Schema(example = "2013-04-01") LocalDate date,
    @Schema(description = "Boards on the date", example = "152") int boards,
    @Schema(description = "Nominees seated now", example = "241") int seated,
    @Schema(description = "Relevant CCGs the boards seated already", example = "0")
        int seatedBefore) {}
