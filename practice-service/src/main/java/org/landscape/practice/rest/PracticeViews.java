package org.landscape.practice.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.practice.api.MembershipOrigin;
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
      @Schema(example = "2015-07-01") LocalDate extractDate,
      boolean dryRun,
      @Schema(description = "Rows in the file", example = "12705") int rows,
      @Schema(description = "GP practices (prescribing setting 4)", example = "8165")
          int gpPractices,
      @Schema(
              description = "Prescribing cost centres that are not GP practices, skipped",
              example = "4540")
          int skippedNotGp,
      @Schema(description = "Practices new in the register", example = "8165") int created,
      @Schema(description = "Practices whose details the file replaced", example = "0") int updated,
      @Schema(example = "0") int unchanged,
      @Schema(description = "Changes of commissioner, each a dated fact", example = "0")
          int transfers,
      @Schema(description = "Close dates set or changed", example = "0") int closures,
      @Schema(description = "Changes among active, dormant and proposed", example = "0")
          int statusChanges,
      @Schema(description = "Open practices of the register missing from the file", example = "0")
          int absent,
      @Schema(
              description =
                  "Rows whose fact a stronger one contradicts (a later extract, or a fact between"
                      + " the row's day and the extract date)",
              example = "0")
          int conflicts,
      @Schema(description = "Practices whose history was derived again", example = "8165")
          int practicesRederived,
      @Schema(description = "Each change, with the facts involved") EpraccurChanges changes,
      @Schema(
              description =
                  "Rows whose commissioner was not operational on the join date (nor on the"
                      + " extract date): no membership asserted")
          List<Orphan> orphans) {}

  @Schema(name = "EpraccurChanges", description = "The changes an epraccur import made, listed")
  public record EpraccurChanges(
      List<AssertedMembership> newPractices,
      List<AssertedMembership> transfers,
      List<DetailChange> closures,
      List<DetailChange> statusChanges,
      @Schema(description = "Practice codes") List<String> absent,
      List<AssertedMembership> conflicts) {}

  @Schema(
      name = "AssertedMembership",
      description = "A membership a file row asserted, as a fact, and what the history said before")
  public record AssertedMembership(
      @Schema(example = "A81005") String practiceCode,
      @Schema(description = "The CCG the history had on that day; absent for a first membership")
          String fromCcgCode,
      @Schema(example = "00K") String ccgCode,
      @Schema(example = "2016-05-01") LocalDate validFrom,
      @Schema(description = "The row's line in the file", example = "42") long line,
      @Schema(description = "For a conflict: the fact that contradicts it") String reason) {}

  @Schema(name = "DetailChange", description = "A practice's close date or status the file changed")
  public record DetailChange(
      @Schema(example = "A81005") String practiceCode,
      @Schema(example = "ACTIVE") String was,
      @Schema(example = "DORMANT") String now,
      @Schema(example = "42") long line) {}

  @Schema(
      name = "MembershipFact",
      description =
          "A fact asserted about the practice's commissioner: a file row, a transfer, a"
              + " registration or a correction. Never deleted; a withdrawn fact keeps its record.")
  public record MembershipFactView(
      @Schema(example = "1051") long id,
      @Schema(example = "00K") String ccgCode,
      @Schema(description = "Asserted a member from", example = "2014-06-01") LocalDate validFrom,
      @Schema(example = "TRANSFER") MembershipOrigin kind,
      @Schema(example = "POST /practices/A81005/transfers by editor") String source,
      @Schema(description = "The extract date of the file, for a fact from a file")
          LocalDate extractDate,
      @Schema(description = "When the suite recorded it") OffsetDateTime recordedAt,
      @Schema(description = "When it was withdrawn; absent while it stands")
          OffsetDateTime withdrawnAt,
      String withdrawalReason,
      @Schema(description = "The correction that replaced it") Long replacedBy,
      @Schema(
              description =
                  "Whether it shapes the history now: of the facts for one day, the one from the"
                      + " latest extract (or the latest API write) does")
          boolean shapesHistory) {}
}
