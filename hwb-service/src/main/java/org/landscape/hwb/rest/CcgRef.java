package org.landscape.hwb.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CcgRef", description = "A CCG as ccg-service names it")
public record CcgRef(
    @Schema(example = "00G") String code,
    @Schema(example = "NHS Newcastle North and East CCG") String name) {}
