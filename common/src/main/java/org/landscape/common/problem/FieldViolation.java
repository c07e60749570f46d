package org.landscape.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One failing input field of a request, named as the client sent it. */
@Schema(description = "One failing field of the request")
public record FieldViolation(
    @Schema(example = "code") String field,
    @Schema(example = "must be an ONS local authority code such as E06000001") String message) {}
