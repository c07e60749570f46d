package org.landscape.practice.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.practice.api.MembershipView;
import org.landscape.practice.api.PracticeStatus;

/**
 * The representations of practices and their memberships (a practice, its membership and the open
 * practices' memberships: practice-api's PracticeView, MembershipView, OpenPracticeMembership).
 */
public final class PracticeViews {

  private PracticeViews() {}

  @Schema(
      name = "MemberPractice",
      description = "A practice that is a member of the CCG on the date asked")
  public record MemberPracticeView(
      @Schema(example = "A83005") String code,
      @Schema(example = "WHINFIELD SURGERY") String name,
      @Schema(example = "DL1 3RT") String postcode,
      @Schema(example = "ACTIVE") PracticeStatus status,
      @Schema(description = "Joined the CCG on", example = "2013-04-01") LocalDate joinedOn,
      @Schema(description = "Member until (exclusive); absent while current")
          LocalDate memberUntil) {}

  @Schema(
      name = "TransferResult",
      description = "The membership a transfer ended and the one it began")
  public record TransferResult(
      @Schema(example = "A83005") String practiceCode,
      MembershipView ended,
      MembershipView started) {}

  @Schema(name = "Orphan", description = "A practice whose commissioner could not become its CCG")
  public record Orphan(
      @Schema(example = "Y02623") String practiceCode,
      @Schema(example = "00F") String commissioner,
      @Schema(example = "CCG 00F was not yet operational on 2006-06-01 (it opened on 2013-04-01)")
          String reason) {}

  @Schema(
      name = "EpraccurReport",
      description = "What an import of epraccur did, or in a dry run would do")
  public record EpraccurReport(
      @Schema(example = "epraccur-2015-07.csv") String file,
      boolean dryRun,
      @Schema(description = "Rows in the file", example = "12705") int rows,
      @Schema(description = "GP practices (prescribing setting 4)", example = "8165")
          int gpPractices,
      @Schema(
              description = "Prescribing cost centres that are not GP practices, skipped",
              example = "4540")
          int skippedNotGp,
      @Schema(example = "8165") int created,
      @Schema(example = "0") int updated,
      @Schema(example = "0") int unchanged,
      @Schema(description = "Memberships begun by a change of commissioner", example = "0")
          int transfers,
      @Schema(description = "Memberships ended by a practice's closure", example = "0")
          int closures,
      @Schema(description = "Practices imported without a membership, and why")
          List<Orphan> orphans) {}

  @Schema(name = "MovedPractice", description = "A practice that moves (or moved) to the successor")
  public record MovedPractice(
      @Schema(example = "A84005") String practiceCode,
      @Schema(description = "The predecessor it leaves", example = "00G") String fromCcgCode) {}

  @Schema(
      name = "CcgTransferResult",
      description =
          "The member practices of the predecessors that moved to the successor, or would (dry run)")
  public record CcgTransferResult(
      @Schema(example = "13T") String successorCode,
      @Schema(example = "2015-04-01") LocalDate effectiveDate,
      boolean dryRun,
      @Schema(description = "Moved by this request") List<MovedPractice> transferred,
      @Schema(description = "Moved by an earlier request of the same handover")
          List<MovedPractice> alreadyTransferred,
      @Schema(description = "Moved back to their predecessor (reversal)")
          List<MovedPractice> reverted) {}
}
