package org.landscape.hwb.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Health and Wellbeing Board, as {@code GET /boards} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(
    name = "Board",
    description = "A Health and Wellbeing Board, hosted by an upper-tier council")
public record BoardView(
    @Schema(
            description = "The hosting council's ONS code: the board's identifier",
            example = "E08000021")
        String code,
    @Schema(example = "Newcastle upon Tyne Health and Wellbeing Board") String name,
    @Schema(description = "First day in shadow form", example = "2012-04-01") LocalDate shadowStart,
    @Schema(description = "First day as a statutory board", example = "2013-04-01")
        LocalDate statutoryStart,
    @Schema(description = "First day of validity", example = "2012-04-01") LocalDate validFrom,
    @Schema(description = "First day no longer valid; absent while open", example = "null")
        LocalDate validTo,
    @Schema(
            description =
                "Shadow or statutory on the date asked (default today); absent when not valid then",
            example = "STATUTORY")
        BoardStage stage) {}
