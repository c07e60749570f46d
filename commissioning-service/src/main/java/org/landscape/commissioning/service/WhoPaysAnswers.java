package org.landscape.commissioning.service;

import java.util.List;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.CommissioningRule;
import org.landscape.commissioning.domain.ResponsibilityBasis;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.mapping.RuleMapper;
import org.landscape.commissioning.rest.ContractViews;
import org.landscape.commissioning.rest.WhoPaysViews;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;

/** Builds the answers to "who pays?", resolved or with candidates. */
final class WhoPaysAnswers {

  private WhoPaysAnswers() {}

  static WhoPaysViews.Answer resolved(
      WhoPaysQuestion question,
      CommissioningRule rule,
      ResponsibilityBasis basis,
      CommissionerKind kind,
      String code,
      String name,
      String explanation) {
    return new WhoPaysViews.Answer(
        rule.categoryCode,
        question.date(),
        true,
        new ContractViews.CommissionerView(kind, code, name),
        List.of(),
        RuleMapper.toView(rule),
        basis,
        explanation);
  }

  static WhoPaysViews.Answer unresolved(
      WhoPaysQuestion question,
      CommissioningRule rule,
      ResponsibilityBasis basis,
      List<WhoPaysViews.Candidate> candidates,
      String explanation) {
    return new WhoPaysViews.Answer(
        rule.categoryCode,
        question.date(),
        false,
        null,
        List.copyOf(candidates),
        RuleMapper.toView(rule),
        basis,
        explanation);
  }

  /** The question cannot be answered from what was given (a 422 problem). */
  static ProblemException cannotDecide(String detail) {
    return new ProblemException(ProblemType.UNPROCESSABLE, detail);
  }

  /** "Dentistry", to begin a sentence. */
  static String capitalised(ServiceCategory category) {
    return Character.toUpperCase(category.name.charAt(0)) + category.name.substring(1);
  }

  static String label(String code, String name) {
    return name == null || name.isBlank() ? code : code + " (" + name + ")";
  }
}
