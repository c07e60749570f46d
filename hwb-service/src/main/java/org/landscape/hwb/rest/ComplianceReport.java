package org.landscape.hwb.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.BoardStage;

@Schema(
    name = "ComplianceReport",
    description = "A board's statutory membership on a date (Health and Social Care Act 2012 s194)")
public record ComplianceReport(
    @Schema(example = "E08000021") String boardCode,
    @Schema(example = "Newcastle upon Tyne Health and Wellbeing Board") String boardName,
    @Schema(example = "2014-06-01") LocalDate asOf,
    @Schema(example = "STATUTORY") BoardStage stage,
    @Schema(description = "Distinct people seated on the date", example = "9") int members,
    @Schema(description = "Whether every finding passed") boolean compliant,
    List<ComplianceFinding> findings) {}
