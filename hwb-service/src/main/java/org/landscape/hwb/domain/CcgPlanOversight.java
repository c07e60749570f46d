package org.landscape.hwb.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.landscape.common.time.FinancialYear;

/**
 * A board gives its opinion on the draft commissioning plan of each CCG relevant to it (NHS Act
 * 2006 s14Z13, as inserted by the Health and Social Care Act 2012): for a financial year, a CCG
 * covering part of the council on the year's first day on whose plan the board has given no opinion
 * for that year is an oversight gap.
 */
public final class CcgPlanOversight {

  /** A board's relevant CCGs with no opinion for the year, sorted by code. */
  public record Gap(
      String boardCode,
      String boardName,
      String financialYear,
      LocalDate relevantOn,
      int relevantCcgs,
      List<CcgCover> withoutOpinion) {}

  private CcgPlanOversight() {}

  /**
   * The board's gap in the year; empty when every relevant CCG has an opinion, or none is relevant.
   *
   * @param covers the CCGs covering part of the board's council (only those covering it on the
   *     year's first day are relevant)
   * @param opined the CCGs the board has given an opinion on for the year
   */
  public static Optional<Gap> gapOf(
      Board board, FinancialYear year, List<CcgCover> covers, Set<String> opined) {
    LocalDate firstDay = year.firstDay();
    List<CcgCover> relevant = covers.stream().filter(ccg -> ccg.isValidOn(firstDay)).toList();
    List<CcgCover> withoutOpinion =
        relevant.stream()
            .filter(ccg -> !opined.contains(ccg.code()))
            .sorted(Comparator.comparing(CcgCover::code))
            .toList();
    if (withoutOpinion.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Gap(
            board.authorityCode,
            board.name,
            year.toString(),
            firstDay,
            relevant.size(),
            withoutOpinion));
  }
}
