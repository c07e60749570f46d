package org.landscape.commissioning.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What peers list of their whole registers on a date (only the fields used here). */
public final class RegisterRecords {

  private RegisterRecords() {}

  /** A practice open on the date and its CCG then (practice-service). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OpenPractice(String practiceCode, String ccgCode) {}

  /** A Health and Wellbeing Board valid on the date, by its hosting council (hwb-service). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Board(String code) {}

  /** A board seat held for a CCG on the date (hwb-service). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CcgRepresentative(String boardCode, String ccgCode, String personName) {}

  /** A council of the register (hwb-service). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Council(String code) {}
}
