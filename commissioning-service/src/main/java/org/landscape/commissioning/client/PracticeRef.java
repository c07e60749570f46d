package org.landscape.commissioning.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** A GP practice as practice-service describes it, with its CCG on the date asked. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PracticeRef(String code, String name, Membership ccg) {

  /** The practice's membership of a CCG over {@code [validFrom, validTo)}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Membership(String ccgCode, LocalDate validFrom, LocalDate validTo) {}
}
