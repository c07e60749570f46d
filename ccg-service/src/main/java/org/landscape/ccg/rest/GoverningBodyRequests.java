package org.landscape.ccg.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.ccg.domain.GoverningBodyRole;
import org.landscape.ccg.domain.GoverningBodySeat;
import org.landscape.ccg.service.GoverningBodyService;

/** What clients send to change a CCG's governing body. */
public final class GoverningBodyRequests {

  private GoverningBodyRequests() {}

  @Schema(
      name = "SeatRequest",
      description = "A seat to add, or the new state of a seat (full replacement)")
  public record SeatRequest(
      @NotBlank(message = "is required")
          @Size(max = 200, message = "must be at most 200 characters")
          @Schema(example = "Dr A Example", required = true)
          String personName,
      @NotEmpty(message = "must name at least one role")
          @Schema(example = "[\"GP\", \"CHAIR\"]", required = true)
          Set<@NotNull(message = "must not be null") GoverningBodyRole> roles,
      @NotNull(message = "is required") @Schema(example = "2013-04-01", required = true)
          LocalDate validFrom,
      @Schema(example = "2016-04-01") LocalDate validTo,
      @Pattern(
              regexp = GoverningBodySeat.EMPLOYER_REGEX,
              message = GoverningBodySeat.EMPLOYER_MESSAGE)
          @Schema(
              description =
                  "The ODS organisation code of the holder's employer, if any (the independence"
                      + " rule: the registered nurse and the secondary-care specialist doctor are"
                      + " not employed by a provider the CCG commissions from)",
              example = "RTD")
          String employerCode) {

    public GoverningBodyService.SeatChange toCommand() {
      return new GoverningBodyService.SeatChange(
          personName, roles, validFrom, validTo, employerCode);
    }
  }
}
