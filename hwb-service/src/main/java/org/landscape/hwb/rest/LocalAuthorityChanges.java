package org.landscape.hwb.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "LocalAuthorityChanges",
    description = "The new state of a council's editable fields (a full replacement)")
public record LocalAuthorityChanges(
    @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        @Schema(example = "Ashford Borough", required = true)
        String name,
    @Pattern(regexp = "E10\\d{6}", message = "must be a county's ONS code (E10 and six digits)")
        @Schema(example = "E10000016")
        String upperTierCode,
    @Schema(example = "2013-04-01") LocalDate validFrom,
    @Schema(example = "2023-04-01") LocalDate validTo) {}
