package org.landscape.ccg.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /governing-body-seats}: a seat on a CCG's governing body, across every CCG, with its
 * holder's employer when named. The roles are the names of ccg-service's governing-body roles (kept
 * as text, so that a role added there does not break a peer reading them).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(
    name = "GoverningBodySeatEntry",
    description = "A seat on a CCG's governing body, with the CCG and the holder's employer")
public record GoverningBodySeatView(
    @Schema(example = "17") long id,
    @Schema(example = "00C") String ccgCode,
    @Schema(example = "Nina Nurse") String personName,
    @Schema(example = "[\"REGISTERED_NURSE\"]") Set<String> roles,
    @Schema(example = "2013-04-01") LocalDate validFrom,
    LocalDate validTo,
    @Schema(
            description = "The ODS code of the holder's employer; absent when not named",
            example = "RTD")
        String employerCode) {

  /** The roles whose holders must not be employed by a provider the CCG commissions from. */
  public static final Set<String> INDEPENDENT_CLINICAL_ROLES =
      Set.of("REGISTERED_NURSE", "SECONDARY_CARE_SPECIALIST_DOCTOR");
}
