package org.landscape.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.common.imports.BadRow;

/** An RFC 9457 problem detail: the one error shape of every service. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
    @Schema(example = "urn:landscape:problem:validation-failed") URI type,
    @Schema(example = "The request is not valid") String title,
    @Schema(example = "400") int status,
    @Schema(example = "2 fields are not valid") String detail,
    @Schema(example = "/local-authorities") URI instance,
    @Schema(description = "The failing fields, for validation failures")
        List<FieldViolation> errors,
    @Schema(description = "The rejected rows, for imports of files") List<BadRow> badRows) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
