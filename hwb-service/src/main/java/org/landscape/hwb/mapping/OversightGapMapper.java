package org.landscape.hwb.mapping;

import org.landscape.hwb.domain.CcgPlanOversight;
import org.landscape.hwb.rest.OversightViews.CcgRef;
import org.landscape.hwb.rest.OversightViews.OversightGap;

public final class OversightGapMapper {

  private OversightGapMapper() {}

  public static OversightGap toView(CcgPlanOversight.Gap gap) {
    return new OversightGap(
        gap.boardCode(),
        gap.boardName(),
        gap.financialYear(),
        gap.relevantOn(),
        gap.relevantCcgs(),
        gap.withoutOpinion().stream().map(ccg -> new CcgRef(ccg.code(), ccg.name())).toList());
  }
}
