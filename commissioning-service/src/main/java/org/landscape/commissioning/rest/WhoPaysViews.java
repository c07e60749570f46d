package org.landscape.commissioning.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.ResponsibilityBasis;

/** The answer to "who pays?". */
public final class WhoPaysViews {

  private WhoPaysViews() {}

  @Schema(
      name = "CandidateCommissioner",
      description = "A CCG that may be responsible, with the share of the council's area it covers")
  public record Candidate(
      @Schema(example = "CCG") CommissionerKind kind,
      @Schema(example = "09C") String code,
      @Schema(example = "NHS Ashford CCG") String name,
      @Schema(
              description =
                  "Share (0-1) of the council's area this CCG covers; absent when unknown",
              example = "0.35")
          BigDecimal shareOfAuthority) {}

  @Schema(name = "ResponsibleCommissioner", description = "Who pays for a patient's care")
  public record Answer(
      @Schema(example = "ELECTIVE_HOSPITAL_CARE") String category,
      @Schema(description = "The date of care", example = "2014-01-01") LocalDate date,
      @Schema(
              description =
                  "false when several CCGs cover the place and nothing narrows it: see candidates",
              example = "true")
          boolean resolved,
      @Schema(description = "The responsible commissioner; absent when not resolved")
          ContractViews.CommissionerView commissioner,
      @Schema(description = "When not resolved, the CCGs that may be, largest share first")
          List<Candidate> candidates,
      @Schema(description = "The rule applied") RuleViews.RuleView rule,
      @Schema(example = "REGISTERED_PRACTICE") ResponsibilityBasis basis,
      @Schema(
              example =
                  "Elective hospital care is commissioned by CCGs. The patient is registered with practice A81001, which belonged to CCG 00K on 2014-01-01, so that CCG pays.")
          String explanation) {}
}
