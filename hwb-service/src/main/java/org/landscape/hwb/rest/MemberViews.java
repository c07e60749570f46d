package org.landscape.hwb.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.hwb.api.BoardStage;
import org.landscape.hwb.domain.MemberRole;

/**
 * The representations of board seats and statutory membership (a CCG seat handover answers
 * hwb-api's {@link org.landscape.hwb.api.CcgSeatHandoverResult}).
 */
public final class MemberViews {

  private MemberViews() {}

  @Schema(name = "BoardMember", description = "A person's seat on a board in one role")
  public record MemberView(
      @Schema(example = "17") long id,
      @Schema(example = "E08000021") String boardCode,
      @Schema(example = "Dr A Example") String personName,
      @Schema(example = "CCG_REPRESENTATIVE") MemberRole role,
      @Schema(description = "The CCG represented; only for CCG_REPRESENTATIVE", example = "00G")
          String ccgCode,
      @Schema(example = "2013-04-01") LocalDate validFrom,
      @Schema(description = "First day no longer seated; absent while open", example = "2015-04-01")
          LocalDate validTo,
      @Schema(
              description = "The ICB that nominated them; only for ICB_REPRESENTATIVE",
              example = "QHM")
          String icbCode) {}

  @Schema(
      name = "ComplianceReport",
      description =
          "A board's statutory membership on a date (Health and Social Care Act 2012 s194)")
  public record ComplianceReport(
      @Schema(example = "E08000021") String boardCode,
      @Schema(example = "Newcastle upon Tyne Health and Wellbeing Board") String boardName,
      @Schema(example = "2014-06-01") LocalDate asOf,
      @Schema(example = "STATUTORY") BoardStage stage,
      @Schema(description = "Distinct people seated on the date", example = "9") int members,
      @Schema(description = "Whether every finding passed") boolean compliant,
      List<ComplianceFinding> findings) {}

  @Schema(name = "ComplianceFinding", description = "One rule, passed or failed, and why")
  public record ComplianceFinding(
      @Schema(
              description =
                  "A mandatory role's name, RELEVANT_CCG_REPRESENTED, IRRELEVANT_CCG_REPRESENTATIVE"
                      + " or (from 2022-07-01) RELEVANT_ICB_REPRESENTED",
              example = "RELEVANT_CCG_REPRESENTED")
          String rule,
      @Schema(description = "The role concerned", example = "CCG_REPRESENTATIVE") MemberRole role,
      @Schema(
              description =
                  "The CCG concerned, for CCG rules; the ICB, for RELEVANT_ICB_REPRESENTED",
              example = "00G")
          String ccgCode,
      @Schema(example = "NHS Newcastle North and East CCG") String ccgName,
      @Schema(example = "A representative of each relevant CCG") String requirement,
      @Schema(example = "Health and Social Care Act 2012 s194(2)") String source,
      boolean passed,
      @Schema(example = "no member represents 00G on 2014-06-01") String reason) {}

  @Schema(
      name = "CoverageChange",
      description =
          "On the date, the CCGs covering the board's council changed (as this service learned from"
              + " ccg-service's change feed)")
  public record CoverageChangeView(
      @Schema(description = "The day the change takes effect", example = "2015-04-01")
          LocalDate date,
      @Schema(description = "CCGs relevant from the date that were not the day before")
          List<AddedCcg> added,
      @Schema(
              description = "CCGs relevant the day before that are not from the date",
              example = "[\"00G\", \"00H\"]")
          List<String> removed,
      @Schema(description = "Every CCG relevant from the date", example = "[\"13T\"]")
          List<String> relevantCcgs,
      @Schema(
              description =
                  "The day seats and relevance were checked on: asOf, or the change's date when"
                      + " later",
              example = "2015-06-01")
          LocalDate checkedOn,
      @Schema(
              description = "The position in ccg-service's change feed this notice was learned at",
              example = "1042")
          long learnedAtSequence,
      @Schema(description = "When this service learned it") OffsetDateTime learnedAt) {

    @Schema(name = "AddedCcg", description = "A CCG that became relevant, and whether it is seated")
    public record AddedCcg(
        @Schema(example = "13T") String ccgCode,
        @Schema(description = "The board seats a CCG_REPRESENTATIVE for the CCG on the day checked")
            boolean representativeSeated,
        @Schema(
                description =
                    "The CCG is still relevant on the day checked and no representative is seated")
            boolean actionNeeded) {}
  }

  @Schema(name = "CcgNominationReport", description = "The CCG nominees seated on the boards")
  public record CcgNominationReport(
      @Schema(example = "2013-04-01") LocalDate date,
      @Schema(description = "Boards on the date", example = "152") int boards,
      @Schema(description = "Nominees seated now", example = "241") int seated,
      @Schema(description = "Relevant CCGs the boards seated already", example = "0")
          int seatedBefore) {}

  @Schema(
      name = "IcbNominationReport",
      description = "The ICB nominees seated on the boards, and the CCG seats ended")
  public record IcbNominationReport(
      @Schema(example = "2022-07-01") LocalDate date,
      @Schema(description = "Boards on the date", example = "152") int boards,
      @Schema(description = "Nominees seated now", example = "170") int seated,
      @Schema(description = "Relevant ICBs the boards seated already", example = "0")
          int seatedBefore,
      @Schema(description = "CCG representatives' seats ended on the date", example = "230")
          int ccgSeatsEnded,
      @Schema(
              description = "CCG representatives' seats that began on or after the date, withdrawn",
              example = "0")
          int ccgSeatsWithdrawn) {}
}
