package org.landscape.commissioning.consistency;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.Rule;

@Schema(name = "Violation", description = "One broken invariant and the records involved")
public record Violation(
    @Schema(example = "RELEVANT_CCG_NOT_REPRESENTED") Rule rule,
    @Schema(example = "Board E08000021 has no representative of relevant CCG 13T on 2015-06-01")
        String detail,
    @Schema(
            description = "The records involved, by kind",
            example = "{\"board\": \"E08000021\", \"ccg\": \"13T\"}")
        Map<String, String> records) {}
