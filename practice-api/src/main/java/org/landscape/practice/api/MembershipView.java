package org.landscape.practice.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practice's membership of one CCG over {@code [validFrom, validTo)}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(
    name = "Membership",
    description = "A practice's membership of one CCG over [validFrom, validTo)")
public record MembershipView(
    @Schema(example = "00C") String ccgCode,
    @Schema(description = "Joined on", example = "2013-04-01") LocalDate validFrom,
    @Schema(
            description = "First day no longer a member; absent while current",
            example = "2015-04-01")
        LocalDate validTo,
    @Schema(example = "IMPORT") MembershipOrigin origin,
    @Schema(
            description =
                "Where it came from: the asserted fact's source (file and line, or request and"
                    + " caller), or the succession that carried the practice",
            example = "epraccur-2015-07.csv line 42 (extract of 2015-07-01)")
        String source) {}
