package org.landscape.commissioning.mapping;

import java.util.List;
import org.landscape.commissioning.domain.Reconfiguration;
import org.landscape.commissioning.domain.ReconfigurationPreview;
import org.landscape.commissioning.domain.ReconfigurationStep;
import org.landscape.commissioning.rest.ReconfigurationViews;
import org.landscape.commissioning.rest.ReconfigurationViews.ReconfigurationView;
import org.landscape.commissioning.rest.ReconfigurationViews.StepView;

public final class ReconfigurationMapper {

  private ReconfigurationMapper() {}

  public static ReconfigurationView toView(
      Reconfiguration reconfiguration, List<ReconfigurationStep> steps) {
    return new ReconfigurationView(
        reconfiguration.id,
        reconfiguration.kind,
        List.copyOf(reconfiguration.predecessorCodes),
        reconfiguration.successorCode,
        reconfiguration.successorIsNew,
        reconfiguration.successorName,
        reconfiguration.effectiveDate,
        reconfiguration.state,
        reconfiguration.reason,
        reconfiguration.proposedAt,
        reconfiguration.approvedAt,
        reconfiguration.finishedAt,
        steps.stream().map(ReconfigurationMapper::toView).toList());
  }

  private static StepView toView(ReconfigurationStep step) {
    return new StepView(
        step.position,
        step.kind,
        step.kind.service(),
        step.status,
        step.attempts,
        step.outcome,
        step.updatedAt);
  }

  public static ReconfigurationViews.Preview toView(ReconfigurationPreview preview) {
    ReconfigurationPreview.CcgChanges ccgs = preview.ccgService();
    return new ReconfigurationViews.Preview(
        preview.id(),
        preview.effectiveDate(),
        new ReconfigurationViews.CcgChanges(ccgs.successorCode(), ccgs.successor(), ccgs.closing()),
        preview.practiceService().stream()
            .map(
                move ->
                    new ReconfigurationViews.PracticeMove(move.practiceCode(), move.fromCcgCode()))
            .toList(),
        preview.commissioningService().stream()
            .map(
                novation ->
                    new ReconfigurationViews.ContractNovation(
                        novation.reference(),
                        novation.fromCcgCode(),
                        novation.successorReference(),
                        novation.valueTakenOver()))
            .toList(),
        preview.hwbService().stream()
            .map(
                seat ->
                    new ReconfigurationViews.SeatHandover(
                        seat.boardCode(), seat.fromCcgCode(), seat.personName()))
            .toList(),
        preview.blockers());
  }
}
