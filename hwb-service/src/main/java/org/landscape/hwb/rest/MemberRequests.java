package org.landscape.hwb.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.CcgCode;
import org.landscape.hwb.domain.MemberRole;
import org.landscape.hwb.service.MemberService;

/** What clients send to change board seats. */
public final class MemberRequests {

  private MemberRequests() {}

  @Schema(
      name = "MemberRequest",
      description = "A seat to add, or the new state of a seat (a full replacement)")
  public record MemberRequest(
      @NotBlank(message = "is required")
          @Size(max = 200, message = "must be at most 200 characters")
          @Schema(example = "Dr A Example", required = true)
          String personName,
      @NotNull(message = "is required") @Schema(example = "CCG_REPRESENTATIVE", required = true)
          MemberRole role,
      @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE)
          @Schema(
              description =
                  "Required for CCG_REPRESENTATIVE, absent otherwise: a CCG operational on validFrom",
              example = "00G")
          String ccgCode,
      @NotNull(message = "is required")
          @Schema(description = "A day the board is valid", example = "2013-04-01", required = true)
          LocalDate validFrom,
      @Schema(example = "2015-04-01") LocalDate validTo,
      @Pattern(
              regexp = "Q[A-Z0-9]{2}",
              message = "must be an ICB's ODS code: Q and two characters (QHM)")
          @Schema(
              description =
                  "Required for ICB_REPRESENTATIVE (from 2022-07-01), absent otherwise: the ICB"
                      + " that nominated them",
              example = "QHM")
          String icbCode) {

    public MemberService.SeatCommand toCommand() {
      return new MemberService.SeatCommand(personName, role, ccgCode, validFrom, validTo, icbCode);
    }
  }
}
