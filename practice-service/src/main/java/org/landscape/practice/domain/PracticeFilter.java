package org.landscape.practice.domain;

import java.time.Instant;

/**
 * Optional filters of a practice search; null means "any". {@code active} asks whether the practice
 * is active on the search's date (see {@link Practice#isActiveOn}); {@code [updatedFrom,
 * updatedBefore)} bounds the time of the practice's latest recorded change.
 */
public record PracticeFilter(
    String nameContains,
    String postcodePrefix,
    PracticeStatus status,
    String ccgCode,
    String code,
    Boolean active,
    Instant updatedFrom,
    Instant updatedBefore) {

  public PracticeFilter(
      String nameContains, String postcodePrefix, PracticeStatus status, String ccgCode) {
    this(nameContains, postcodePrefix, status, ccgCode, null, null, null, null);
  }
}
