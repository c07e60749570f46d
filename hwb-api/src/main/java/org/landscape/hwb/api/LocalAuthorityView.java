package org.landscape.hwb.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A council, as {@code GET /local-authorities} lists it and {@code GET /local-authorities/{code}}
 * answers.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "LocalAuthority", description = "An English council")
public record LocalAuthorityView(
    @Schema(description = "ONS code", example = "E07000105") String code,
    @Schema(example = "Ashford") String name,
    @Schema(description = "Derived from the code's prefix", example = "DISTRICT")
        LocalAuthorityKind kind,
    @Schema(
            description = "The county of a district; absent for every other kind",
            example = "E10000016")
        String upperTierCode,
    @Schema(
            description =
                "Upper-tier councils (all but districts) host a Health and Wellbeing Board",
            example = "false")
        boolean hostsHealthAndWellbeingBoard,
    @Schema(
            description = "First day of validity; absent when it predates the register",
            example = "2013-04-01")
        LocalDate validFrom,
    @Schema(description = "First day no longer valid; absent while open", example = "2019-04-01")
        LocalDate validTo) {}
