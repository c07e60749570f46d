package org.landscape.commissioning.mapping;

import org.landscape.commissioning.domain.WhoPays;
import org.landscape.commissioning.rest.ContractViews;
import org.landscape.commissioning.rest.WhoPaysViews;

public final class WhoPaysMapper {

  private WhoPaysMapper() {}

  public static WhoPaysViews.Answer toView(WhoPays.Answer answer) {
    WhoPays.Payer payer = answer.commissioner();
    return new WhoPaysViews.Answer(
        answer.category(),
        answer.date(),
        answer.resolved(),
        payer == null
            ? null
            : new ContractViews.CommissionerView(payer.kind(), payer.code(), payer.name()),
        answer.candidates().stream()
            .map(
                candidate ->
                    new WhoPaysViews.Candidate(
                        candidate.kind(),
                        candidate.code(),
                        candidate.name(),
                        candidate.shareOfAuthority()))
            .toList(),
        RuleMapper.toView(answer.rule()),
        answer.basis(),
        answer.explanation());
  }
}
