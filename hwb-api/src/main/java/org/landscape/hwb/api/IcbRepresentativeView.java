package org.landscape.hwb.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A board seat held by an ICB's nominee on a date, as {@code GET /icb-representatives} lists it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(
    name = "IcbRepresentative",
    description = "A board seat held by an ICB's nominee on the date")
public record IcbRepresentativeView(
    @Schema(description = "The board's hosting council", example = "E08000021") String boardCode,
    @Schema(example = "QHM") String icbCode,
    @Schema(example = "Nominee of NHS North East and North Cumbria ICB") String personName,
    @Schema(example = "2022-07-01") LocalDate since) {}
