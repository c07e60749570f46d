package org.landscape.hwb.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.JointDocumentKind;

@Schema(
    name = "JointDocumentRequest",
    description = "A document to add, or the new state of one (a full replacement)")
public record JointDocumentRequest(
    @NotNull(message = "is required")
        @Schema(example = "JOINT_HEALTH_AND_WELLBEING_STRATEGY", required = true)
        JointDocumentKind kind,
    @NotBlank(message = "is required")
        @Size(max = 300, message = "must be at most 300 characters")
        @Schema(example = "Wellbeing for Life Strategy 2013-2016", required = true)
        String title,
    @NotEmpty(message = "must name at least one priority")
        @Size(max = 50, message = "must name at most 50 priorities")
        @Schema(example = "[\"Reduce health inequalities\", \"Healthy ageing\"]", required = true)
        List<
                @NotBlank(message = "must not be blank")
                @Size(max = 500, message = "must be at most 500 characters") String>
            priorities,
    @NotNull(message = "is required")
        @Schema(description = "A day the board is valid", example = "2013-04-01", required = true)
        LocalDate validFrom,
    @Schema(example = "2016-04-01") LocalDate validTo) {}
