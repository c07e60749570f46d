package org.landscape.hwb.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.domain.JointDocumentKind;
import org.landscape.hwb.domain.OpinionVerdict;

/** The representations of the boards' joint documents, opinions and oversight gaps. */
public final class OversightViews {

  private OversightViews() {}

  @Schema(
      name = "JointDocument",
      description =
          "A board's Joint Strategic Needs Assessment or Joint Health and Wellbeing Strategy")
  public record JointDocumentView(
      @Schema(example = "3") long id,
      @Schema(example = "E08000021") String boardCode,
      @Schema(example = "JOINT_HEALTH_AND_WELLBEING_STRATEGY") JointDocumentKind kind,
      @Schema(example = "Wellbeing for Life Strategy 2013-2016") String title,
      @Schema(example = "[\"Reduce health inequalities\", \"Healthy ageing\"]")
          List<String> priorities,
      @Schema(description = "First day in force", example = "2013-04-01") LocalDate validFrom,
      @Schema(
              description = "First day no longer in force; absent while open",
              example = "2016-04-01")
          LocalDate validTo) {}

  @Schema(
      name = "PlanOpinion",
      description = "A board's opinion on a relevant CCG's draft commissioning plan")
  public record OpinionView(
      @Schema(example = "5") long id,
      @Schema(example = "E08000021") String boardCode,
      @Schema(example = "00G") String ccgCode,
      @Schema(example = "00G-CP-2014/15-draft-2") String planReference,
      @Schema(example = "2014/15") String financialYear,
      @Schema(example = "TAKES_PROPER_ACCOUNT") OpinionVerdict opinion,
      @Schema(example = "[\"Addresses the strategy's priority on healthy ageing\"]")
          List<String> reasons,
      @Schema(example = "2014-02-14") LocalDate givenOn,
      @Schema(
              description = "The Joint Health and Wellbeing Strategy in force on givenOn",
              example = "3")
          long strategyId) {}

  @Schema(
      name = "OversightGap",
      description = "A board's relevant CCGs with no opinion on a plan for the financial year")
  public record OversightGap(
      @Schema(example = "E08000021") String boardCode,
      @Schema(example = "Newcastle upon Tyne Health and Wellbeing Board") String boardName,
      @Schema(example = "2014/15") String financialYear,
      @Schema(description = "Relevance is taken on the year's first day", example = "2014-04-01")
          LocalDate relevantOn,
      @Schema(description = "How many CCGs are relevant to the board then", example = "2")
          int relevantCcgs,
      @Schema(description = "The relevant CCGs without an opinion") List<CcgRef> withoutOpinion) {}

  @Schema(name = "CcgRef", description = "A CCG as ccg-service names it")
  public record CcgRef(
      @Schema(example = "00G") String code,
      @Schema(example = "NHS Newcastle North and East CCG") String name) {}
}
