package org.landscape.hwb.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.OpinionVerdict;

@Schema(
    name = "PlanOpinion",
    description = "A board's opinion on a relevant CCG's draft commissioning plan")
public record OpinionView(
    @Schema(example = "5") long id,
    @Schema(example = "E08000021") String boardCode,
    @Schema(example = "00G") String ccgCode,
    @Schema(example = "00G-CP-2014/15-draft-2") String planReference,
    @Schema(example = "2014/15") String financialYear,
    @Schema(example = "TAKES_PROPER_ACCOUNT") OpinionVerdict opinion,
    @Schema(example = "[\"Addresses the strategy's priority on healthy ageing\"]")
        List<String> reasons,
    @Schema(example = "2014-02-14") LocalDate givenOn,
    @Schema(
            description = "The Joint Health and Wellbeing Strategy in force on givenOn",
            example = "3")
        long strategyId) {}
