package org.landscape.hwb.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A board seat held for a CCG on a date, as {@code GET /ccg-representatives} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "CcgRepresentative", description = "A board seat held for a CCG on the date")
public record CcgRepresentativeView(
    @Schema(description = "The board's hosting council", example = "E08000021") String boardCode,
    @Schema(example = "13T") String ccgCode,
    @Schema(example = "Dr A Example") String personName,
    @Schema(example = "2015-04-01") LocalDate since) {}
