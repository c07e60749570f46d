package org.landscape.commissioning.domain;

import java.time.LocalDate;

/**
 * A council as the local-authority register describes it on a date: upper-tier councils (all but
 * districts) host a Health and Wellbeing Board and commission; a district names its county.
 */
public record Council(
    String code, String name, boolean upperTier, String upperTierCode, LocalDate validTo) {

  /** "E10000016 (Kent)", or the code alone when the name is unknown. */
  public String label() {
    return name == null ? code : code + " (" + name + ")";
  }
}
