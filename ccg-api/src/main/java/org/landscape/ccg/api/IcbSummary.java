package org.landscape.ccg.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An Integrated Care Board as of a date, as {@code GET /icbs} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "IcbSummary", description = "An Integrated Care Board as of a date")
public record IcbSummary(
    @Schema(example = "QHM") String code,
    @Schema(
            description = "ONS code; absent where the project could not confirm it",
            example = "E54000050")
        String onsCode,
    @Schema(example = "NHS North East and North Cumbria ICB") String name,
    @Schema(description = "NHS England region (ONS code)", example = "E40000009") String regionCode,
    @Schema(example = "OPERATIONAL") CcgStatus status,
    @Schema(example = "2022-07-01") LocalDate openDate,
    @Schema(description = "First day no longer established") LocalDate closeDate,
    @Schema(description = "How many sub-ICB locations it has on the date", example = "15")
        int subIcbLocationCount) {}
