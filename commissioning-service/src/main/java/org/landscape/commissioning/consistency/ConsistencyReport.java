package org.landscape.commissioning.consistency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.Rule;

@Schema(name = "ConsistencyReport", description = "Every cross-service invariant checked on a date")
public record ConsistencyReport(
    @Schema(example = "2015-06-01") LocalDate asOf,
    @Schema(description = "True when no invariant is broken") boolean consistent,
    @Schema(
            description = "Records checked, by kind",
            example = "{\"ccgs\": 248, \"openPractices\": 7960}")
        Map<String, Integer> checked,
    @Schema(description = "Violations per rule, every rule listed") Map<Rule, Integer> counts,
    @Schema(description = "The violations (of the asked rule only, when one is asked)")
        List<Violation> violations) {}
