package org.landscape.commissioning.service;

import static org.landscape.commissioning.service.WhoPaysAnswers.cannotDecide;
import static org.landscape.commissioning.service.WhoPaysAnswers.capitalised;
import static org.landscape.commissioning.service.WhoPaysAnswers.label;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.landscape.commissioning.client.LocalAuthorityDirectory;
import org.landscape.commissioning.client.LocalAuthorityRef;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.CommissioningRule;
import org.landscape.commissioning.domain.ResponsibilityBasis;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.rest.WhoPaysViews;
import org.landscape.common.problem.ProblemException;

/** Which council pays: the upper-tier council of where the patient lives (a district's county). */
@ApplicationScoped
public class ResponsibleCouncil {

  private static final String PURPOSE = "find the council where the patient lives";

  @Inject LocalAuthorityDirectory councils;

  public WhoPaysViews.Answer answer(
      ServiceCategory category, CommissioningRule rule, WhoPaysQuestion question) {
    if (question.residence() == null) {
      throw ProblemException.invalid(
          "residence",
          "is needed: "
              + category.name
              + " is commissioned by the upper-tier council where the patient lives");
    }
    LocalAuthorityRef home =
        councils
            .find(question.residence(), question.date(), PURPOSE)
            .orElseThrow(
                () ->
                    cannotDecide(
                        "hwb-service knows no local authority "
                            + question.residence()
                            + " on "
                            + question.date()));
    String principle =
        capitalised(category)
            + " is commissioned by the upper-tier council where the patient lives, whoever their"
            + " GP is: ";
    if (home.isUpperTier()) {
      return answer(
          rule, question, home.code(), home.name(), principle + home.label() + " is one.");
    }
    if (home.upperTierCode() == null) {
      throw cannotDecide(home.label() + " is a district whose county hwb-service does not name");
    }
    String countyName =
        councils
            .find(home.upperTierCode(), question.date(), PURPOSE)
            .map(LocalAuthorityRef::name)
            .orElse(null);
    return answer(
        rule,
        question,
        home.upperTierCode(),
        countyName,
        principle
            + home.label()
            + " is a district, so its county "
            + label(home.upperTierCode(), countyName)
            + " pays.");
  }

  private static WhoPaysViews.Answer answer(
      CommissioningRule rule,
      WhoPaysQuestion question,
      String code,
      String name,
      String explanation) {
    return WhoPaysAnswers.resolved(
        question,
        rule,
        ResponsibilityBasis.UPPER_TIER_COUNCIL,
        CommissionerKind.LOCAL_AUTHORITY,
        code,
        name,
        explanation);
  }
}
