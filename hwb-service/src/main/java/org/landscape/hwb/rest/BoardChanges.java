package org.landscape.hwb.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "BoardChanges",
    description = "The new state of a board's editable fields (a full replacement)")
public record BoardChanges(
    @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        @Schema(example = "Newcastle Wellbeing for Life Board", required = true)
        String name,
    @NotNull(message = "is required") @Schema(example = "2012-04-01", required = true)
        LocalDate shadowStart,
    @NotNull(message = "is required") @Schema(example = "2013-04-01", required = true)
        LocalDate statutoryStart,
    @NotNull(message = "is required") @Schema(example = "2012-04-01", required = true)
        LocalDate validFrom,
    @Schema(example = "null") LocalDate validTo) {}
