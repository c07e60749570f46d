package org.landscape.practice.imports;

import java.time.LocalDate;
import java.util.List;
import org.landscape.practice.domain.PracticeStatus;

/** One GP practice as an ODS epraccur row describes it. */
public record EpraccurRow(
    long line,
    String code,
    String name,
    List<String> addressLines,
    String postcode,
    String telephone,
    PracticeStatus status,
    LocalDate openDate,
    LocalDate closeDate,
    String commissioner,
    LocalDate joinDate,
    LocalDate leftOn) {

  /**
   * When membership of the commissioner ends: the day after it was left, or the day after the
   * practice closed, whichever comes first (both already half-open ends); null while open.
   */
  public LocalDate memberUntil() {
    if (leftOn != null && (closeDate == null || leftOn.isBefore(closeDate))) {
      return leftOn;
    }
    return closeDate;
  }
}
