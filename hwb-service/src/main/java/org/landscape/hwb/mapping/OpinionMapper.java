package org.landscape.hwb.mapping;

import java.util.List;
import org.landscape.hwb.domain.PlanOpinion;
import org.landscape.hwb.rest.OversightViews.OpinionView;

public final class OpinionMapper {

  private OpinionMapper() {}

  public static OpinionView toView(PlanOpinion opinion, String boardCode) {
    return new OpinionView(
        opinion.id,
        boardCode,
        opinion.ccgCode,
        opinion.planReference,
        opinion.financialYear,
        opinion.verdict,
        List.of(opinion.reasons),
        opinion.givenOn,
        opinion.strategyId);
  }
}
