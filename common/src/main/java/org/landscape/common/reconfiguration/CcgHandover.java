package org.landscape.common.reconfiguration;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One service's part of a CCG reconfiguration (a merger, or a closure with a transfer): from the
 * effective date, what belonged to the predecessors belongs to the successor. The same shape is
 * sent to every service that holds records of CCGs.
 */
@Schema(
    name = "CcgHandover",
    description =
        "From the effective date, what belonged to the predecessor CCGs belongs to the successor")
public record CcgHandover(
    @NotEmpty(message = "must name at least one CCG")
        @Size(max = 50, message = "must name at most 50 CCGs")
        @Schema(example = "[\"00F\", \"00G\", \"00H\"]", required = true)
        List<
                @NotNull(message = "must not be null")
                @Pattern(regexp = CCG_CODE, message = CCG_MESSAGE) String>
            predecessorCodes,
    @NotNull(message = "is required")
        @Pattern(regexp = CCG_CODE, message = CCG_MESSAGE)
        @Schema(example = "13T", required = true)
        String successorCode,
    @NotNull(message = "is required")
        @Schema(description = "The successor's first day", example = "2015-04-01", required = true)
        LocalDate effectiveDate) {

  public static final String CCG_CODE = "[0-9]{2}[A-Z]|[A-Z0-9]{5}";
  public static final String CCG_MESSAGE = "must be a CCG's ODS code (00C or M1J4Y)";

  /** The field problem of a handover that names its successor among its predecessors. */
  public boolean successorAmongPredecessors() {
    return predecessorCodes.contains(successorCode);
  }
}
