package org.landscape.hwb.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OversightGap",
    description = "A board's relevant CCGs with no opinion on a plan for the financial year")
public record OversightGap(
    @Schema(example = "E08000021") String boardCode,
    @Schema(example = "Newcastle upon Tyne Health and Wellbeing Board") String boardName,
    @Schema(example = "2014/15") String financialYear,
    @Schema(description = "Relevance is taken on the year's first day", example = "2014-04-01")
        LocalDate relevantOn,
    @Schema(description = "How many CCGs are relevant to the board then", example = "2")
        int relevantCcgs,
    @Schema(description = "The relevant CCGs without an opinion") List<CcgRef> withoutOpinion) {}
