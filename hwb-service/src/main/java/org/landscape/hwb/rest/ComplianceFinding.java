package org.landscape.hwb.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.MemberRole;

@Schema(name = "ComplianceFinding", description = "One rule, passed or failed, and why")
public record ComplianceFinding(
    @Schema(
            description =
                "A mandatory role's name, RELEVANT_CCG_REPRESENTED or IRRELEVANT_CCG_REPRESENTATIVE",
            example = "RELEVANT_CCG_REPRESENTED")
        String rule,
    @Schema(description = "The role concerned", example = "CCG_REPRESENTATIVE") MemberRole role,
    @Schema(description = "The CCG concerned, for CCG rules", example = "00G") String ccgCode,
    @Schema(example = "NHS Newcastle North and East CCG") String ccgName,
    @Schema(example = "A representative of each relevant CCG") String requirement,
    @Schema(example = "Health and Social Care Act 2012 s194(2)") String source,
    boolean passed,
    @Schema(example = "no member represents 00G on 2014-06-01") String reason) {}
