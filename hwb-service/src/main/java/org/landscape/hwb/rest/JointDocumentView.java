package org.landscape.hwb.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.JointDocumentKind;

@Schema(
    name = "JointDocument",
    description =
        "A board's Joint Strategic Needs Assessment or Joint Health and Wellbeing Strategy")
public record JointDocumentView(
    @Schema(example = "3") long id,
    @Schema(example = "E08000021") String boardCode,
    @Schema(example = "JOINT_HEALTH_AND_WELLBEING_STRATEGY") JointDocumentKind kind,
    @Schema(example = "Wellbeing for Life Strategy 2013-2016") String title,
    @Schema(example = "[\"Reduce health inequalities\", \"Healthy ageing\"]")
        List<String> priorities,
    @Schema(description = "First day in force", example = "2013-04-01") LocalDate validFrom,
    @Schema(description = "First day no longer in force; absent while open", example = "2016-04-01")
        LocalDate validTo) {}
