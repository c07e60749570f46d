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
    @Schema(description = "The rejected rows, for imports of files") List<BadRow> badRows,
    @Schema(
            description =
                "The request's W3C trace id (from its traceparent header, or new), carried by"
                    + " every log line written while serving it, in each service it reached",
            example = "4bf92f3577b34da6a3ce929d0e0e4736")
        String traceId) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem outside any traced request (e.g. a peer's answer rebuilt in a test). */
  public Problem(
      URI type,
      String title,
      int status,
      String detail,
      URI instance,
      List<FieldViolation> errors,
      List<BadRow> badRows) {
    this(type, title, status, detail, instance, errors, badRows, null);
  }

  /** The same problem answered with another status. */
  public Problem withStatus(int otherStatus) {
    return new Problem(type, title, otherStatus, detail, instance, errors, badRows, traceId);
  }
}
