package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.landscape.commissioning.domain.Commissioner;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.CommissioningRule;
import org.landscape.commissioning.domain.ResponsibilityBasis;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.rest.WhoPaysViews;

/**
 * "Who pays?": the kind of commissioner that answers for the category on the date decides; NHS
 * England and councils whatever the patient's registration, CCGs by registration, residence or
 * presence.
 */
@ApplicationScoped
public class ResponsibleCommissionerService {

  @Inject CategoryCatalogue categories;
  @Inject WhoCommissionsWhat rules;
  @Inject ResponsibleCcg ccgs;
  @Inject ResponsibleCouncil councils;

  public WhoPaysViews.Answer answer(WhoPaysQuestion question) {
    question.requireOneWhereabouts();
    ServiceCategory category = categories.require(question.category(), "category");
    CommissioningRule rule = rules.directOn(category, question.date());
    return switch (rule.commissionerKind) {
      case NHS_ENGLAND -> national(category, rule, question);
      case LOCAL_AUTHORITY -> councils.answer(category, rule, question);
      case CCG -> ccgs.answer(category, rule, question);
    };
  }

  private WhoPaysViews.Answer national(
      ServiceCategory category, CommissioningRule rule, WhoPaysQuestion question) {
    StringBuilder explanation =
        new StringBuilder(WhoPaysAnswers.capitalised(category))
            .append(" is commissioned by NHS England, whoever the patient is and wherever they")
            .append(" are registered or live.");
    List<CommissioningRule> shared = rules.sharedOn(category, question.date());
    for (CommissioningRule other : shared) {
      String who = other.commissionerKind.description();
      explanation
          .append(' ')
          .append(Character.toUpperCase(who.charAt(0)))
          .append(who.substring(1))
          .append(" may also commission it (")
          .append(other.arrangement.name().toLowerCase())
          .append(", from ")
          .append(other.validFrom)
          .append(").");
    }
    return WhoPaysAnswers.resolved(
        question,
        rule,
        ResponsibilityBasis.NATIONAL_COMMISSIONER,
        CommissionerKind.NHS_ENGLAND,
        Commissioner.NHS_ENGLAND_CODE,
        Commissioner.NHS_ENGLAND_NAME,
        explanation.toString());
  }
}
