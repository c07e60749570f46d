package org.landscape.commissioning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What executing a reconfiguration would change in each service, as things stand, and what stands
 * in its way.
 */
public record ReconfigurationPreview(
    long id,
    LocalDate effectiveDate,
    CcgChanges ccgService,
    List<PracticeMove> practiceService,
    List<ContractNovation> commissioningService,
    List<SeatHandover> hwbService,
    List<String> blockers) {

  /** The successor, what happens to it, and the CCGs that close. */
  public record CcgChanges(String successorCode, String successor, List<String> closing) {}

  public record PracticeMove(String practiceCode, String fromCcgCode) {}

  public record ContractNovation(
      String reference, String fromCcgCode, String successorReference, BigDecimal valueTakenOver) {}

  public record SeatHandover(String boardCode, String fromCcgCode, String personName) {}
}
