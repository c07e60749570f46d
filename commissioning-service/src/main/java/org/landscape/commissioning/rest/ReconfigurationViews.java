package org.landscape.commissioning.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.ReconfigurationKind;
import org.landscape.commissioning.domain.ReconfigurationState;
import org.landscape.commissioning.domain.StepKind;
import org.landscape.commissioning.domain.StepStatus;

public final class ReconfigurationViews {

  private ReconfigurationViews() {}

  @Schema(name = "Reconfiguration", description = "A CCG reconfiguration and its saga's progress")
  public record ReconfigurationView(
      @Schema(example = "12") long id,
      ReconfigurationKind kind,
      @Schema(example = "[\"00F\", \"00G\", \"00H\"]") List<String> predecessorCodes,
      @Schema(example = "13T") String successorCode,
      @Schema(description = "Whether the reconfiguration creates the successor")
          boolean newSuccessor,
      @Schema(example = "NHS Newcastle Gateshead CCG") String newSuccessorName,
      @Schema(example = "2015-04-01") LocalDate effectiveDate,
      ReconfigurationState state,
      @Schema(description = "Why it failed or was cancelled") String reason,
      OffsetDateTime proposedAt,
      OffsetDateTime approvedAt,
      OffsetDateTime finishedAt,
      List<StepView> steps) {}

  @Schema(name = "ReconfigurationStep", description = "One step of the saga and its outcome")
  public record StepView(
      @Schema(example = "2") int position,
      StepKind kind,
      @Schema(description = "The service the step changes", example = "practice-service")
          String service,
      StepStatus status,
      @Schema(example = "1") int attempts,
      @Schema(example = "moved 152 practices to 13T") String outcome,
      OffsetDateTime updatedAt) {}

  @Schema(
      name = "ReconfigurationPreview",
      description =
          "Exactly what executing the reconfiguration would change in each service, as things stand now, and what stands in its way")
  public record Preview(
      long id,
      @Schema(example = "2015-04-01") LocalDate effectiveDate,
      CcgChanges ccgService,
      List<PracticeMove> practiceService,
      List<ContractNovation> commissioningService,
      List<SeatHandover> hwbService,
      @Schema(description = "What would stop the saga; approval is refused while any remain")
          List<String> blockers) {}

  @Schema(name = "PreviewCcgChanges")
  public record CcgChanges(
      @Schema(example = "13T") String successorCode,
      @Schema(
              description = "What happens to the successor",
              example = "created, operational from 2015-04-01")
          String successor,
      @Schema(description = "The CCGs that close on the effective date, linked to the successor")
          List<String> closing) {}

  @Schema(name = "PreviewPracticeMove")
  public record PracticeMove(
      @Schema(example = "A84005") String practiceCode,
      @Schema(example = "00G") String fromCcgCode) {}

  @Schema(name = "PreviewContractNovation")
  public record ContractNovation(
      @Schema(example = "GATESHEAD-ACUTE-2014") String reference,
      @Schema(example = "00F") String fromCcgCode,
      @Schema(example = "GATESHEAD-ACUTE-2014-13T") String successorReference,
      @Schema(description = "Value the successor takes over, pounds", example = "1250000.00")
          BigDecimal valueTakenOver) {}

  @Schema(name = "PreviewSeatHandover")
  public record SeatHandover(
      @Schema(example = "E08000021") String boardCode,
      @Schema(example = "00G") String fromCcgCode,
      @Schema(example = "Dr Jane Example") String personName) {}
}
