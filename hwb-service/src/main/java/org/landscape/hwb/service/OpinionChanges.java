package org.landscape.hwb.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.hwb.domain.OpinionVerdict;
import org.landscape.hwb.domain.PlanOpinion;

/** Records the change events of the boards' opinions on CCG plans. */
@ApplicationScoped
public class OpinionChanges {

  public static final String RESOURCE_TYPE = "plan-opinion";

  /** An opinion as the change feed carries it. */
  public record OpinionRecord(
      long id,
      String boardCode,
      String ccgCode,
      String planReference,
      String financialYear,
      OpinionVerdict opinion,
      List<String> reasons,
      LocalDate givenOn,
      long strategyId) {

    static OpinionRecord of(PlanOpinion opinion, String boardCode) {
      return new OpinionRecord(
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

  @Inject ChangeFeed changeFeed;

  public void created(PlanOpinion opinion, String boardCode) {
    record(opinion, boardCode, ChangeType.CREATED);
  }

  public void updated(PlanOpinion opinion, String boardCode) {
    record(opinion, boardCode, ChangeType.UPDATED);
  }

  private void record(PlanOpinion opinion, String boardCode, ChangeType type) {
    changeFeed.record(
        RESOURCE_TYPE, boardCode + "/" + opinion.id, type, OpinionRecord.of(opinion, boardCode));
  }
}
