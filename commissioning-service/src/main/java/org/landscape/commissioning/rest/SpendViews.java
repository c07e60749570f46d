package org.landscape.commissioning.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.CommissionerKind;

/** Contract value per commissioner and category in one financial year. */
public final class SpendViews {

  private SpendViews() {}

  @Schema(name = "CategorySpend")
  public record CategorySpend(
      @Schema(example = "ELECTIVE_HOSPITAL_CARE") String category,
      @Schema(example = "182000.00") BigDecimal amount,
      @Schema(description = "Contracts counted", example = "1") int contracts) {}

  @Schema(name = "CommissionerSpend")
  public record CommissionerSpend(
      @Schema(example = "CCG") CommissionerKind kind,
      @Schema(example = "00C") String code,
      @Schema(example = "NHS Darlington CCG") String name,
      @Schema(example = "182000.00") BigDecimal total,
      List<CategorySpend> categories) {}

  @Schema(
      name = "SpendReport",
      description =
          "Contract value falling in an NHS financial year (1 April - 31 March), pro-rated by days; active, terminated (to the termination) and novated (to the novation) contracts, never drafts")
  public record SpendReport(
      @Schema(example = "2013/14") String financialYear,
      @Schema(example = "2013-04-01") LocalDate from,
      @Schema(description = "First day of the next year", example = "2014-04-01") LocalDate to,
      @Schema(example = "182000.00") BigDecimal total,
      List<CommissionerSpend> commissioners) {}
}
