package org.landscape.commissioning.mapping;

import java.util.List;
import org.landscape.commissioning.domain.Reconfiguration;
import org.landscape.commissioning.domain.ReconfigurationStep;
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
}
