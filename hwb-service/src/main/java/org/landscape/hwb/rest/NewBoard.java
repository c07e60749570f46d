package org.landscape.hwb.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.LocalAuthorityCode;

@Schema(name = "NewBoard", description = "A board to establish for an upper-tier council")
public record NewBoard(
    @NotNull(message = "is required")
        @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
        @Schema(
            description = "An upper-tier council of the register (E06, E08, E09 or E10)",
            example = "E08000021",
            required = true)
        String authorityCode,
    @Size(max = 200, message = "must be at most 200 characters")
        @Schema(
            description = "Default: the council's name and \"Health and Wellbeing Board\"",
            example = "Newcastle upon Tyne Health and Wellbeing Board")
        String name,
    @Schema(description = "Default 2012-04-01", example = "2012-04-01") LocalDate shadowStart,
    @Schema(description = "Default 2013-04-01", example = "2013-04-01") LocalDate statutoryStart,
    @Schema(description = "Default: the shadow start", example = "2012-04-01") LocalDate validFrom,
    @Schema(example = "null") LocalDate validTo) {}
