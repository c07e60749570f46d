package org.landscape.practice.domain;

import java.util.Optional;

/** A practice's status, as ODS records it (A, D, C, P). */
public enum PracticeStatus {
  ACTIVE("A"),
  DORMANT("D"),
  CLOSED("C"),
  PROPOSED("P");

  private final String odsLetter;

  PracticeStatus(String odsLetter) {
    this.odsLetter = odsLetter;
  }

  public static Optional<PracticeStatus> ofOdsLetter(String letter) {
    for (PracticeStatus status : values()) {
      if (status.odsLetter.equals(letter)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
