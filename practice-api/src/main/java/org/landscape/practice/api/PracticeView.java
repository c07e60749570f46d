package org.landscape.practice.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A GP practice, as {@code GET /practices/{code}} answers, with its CCG on the date asked. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "Practice", description = "A GP practice, with its CCG on the date asked")
public record PracticeView(
    @Schema(example = "A83005") String code,
    @Schema(example = "WHINFIELD SURGERY") String name,
    @Schema(example = "[\"WHINBUSH WAY\", \"DARLINGTON\"]") List<String> addressLines,
    @Schema(example = "DL1 3RT") String postcode,
    @Schema(example = "01325 481321") String telephone,
    @Schema(example = "ACTIVE") PracticeStatus status,
    @Schema(example = "1974-04-01") LocalDate openDate,
    LocalDate closeDate,
    @Schema(example = "GMS") ContractType contractType,
    @Schema(example = "8500") Integer listSize,
    @Schema(example = "2014-01-01") LocalDate asOf,
    @Schema(description = "The CCG on asOf; absent when it had none") MembershipView ccg,
    @Schema(description = "Send as If-Match (quoted) to update", example = "0") long version) {}
