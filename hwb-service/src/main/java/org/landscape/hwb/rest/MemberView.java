package org.landscape.hwb.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.MemberRole;

@Schema(name = "BoardMember", description = "A person's seat on a board in one role")
public record MemberView(
    @Schema(example = "17") long id,
    @Schema(example = "E08000021") String boardCode,
    @Schema(example = "Dr A Example") String personName,
    @Schema(example = "CCG_REPRESENTATIVE") MemberRole role,
    @Schema(description = "The CCG represented; only for CCG_REPRESENTATIVE", example = "00G")
        String ccgCode,
    @Schema(example = "2013-04-01") LocalDate validFrom,
    @Schema(description = "First day no longer seated; absent while open", example = "2015-04-01")
        LocalDate validTo) {}
