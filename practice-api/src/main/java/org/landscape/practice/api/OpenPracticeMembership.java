package org.landscape.practice.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practice open on a date and its CCG then, as {@code GET /memberships} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(
    name = "OpenPracticeMembership",
    description = "A practice open on the date, and its CCG then")
public record OpenPracticeMembership(
    @Schema(example = "A83005") String practiceCode,
    @Schema(example = "ACTIVE") PracticeStatus status,
    @Schema(
            description = "Absent when the practice belonged to no CCG on the date",
            example = "00C")
        String ccgCode,
    @Schema(description = "Member since", example = "2013-04-01") LocalDate since) {}
