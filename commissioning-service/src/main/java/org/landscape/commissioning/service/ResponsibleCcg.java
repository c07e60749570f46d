package org.landscape.commissioning.service;

import static org.landscape.commissioning.service.WhoPaysAnswers.cannotDecide;
import static org.landscape.commissioning.service.WhoPaysAnswers.capitalised;
import static org.landscape.commissioning.service.WhoPaysAnswers.label;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.landscape.commissioning.client.CcgDirectory;
import org.landscape.commissioning.client.PracticeDirectory;
import org.landscape.commissioning.client.PracticeRef;
import org.landscape.commissioning.domain.CcgResponsibility;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.CommissioningRule;
import org.landscape.commissioning.domain.ResponsibilityBasis;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.rest.WhoPaysViews;
import org.landscape.common.problem.ProblemException;

/**
 * Which CCG pays for a patient: the CCG of their practice on the date of care; for an unregistered
 * patient, the CCG where they usually live; for urgent and emergency care, the CCG where they are.
 */
@ApplicationScoped
public class ResponsibleCcg {

  @Inject PracticeDirectory practices;
  @Inject CcgDirectory ccgs;
  @Inject CcgsCovering covering;

  public WhoPaysViews.Answer answer(
      ServiceCategory category, CommissioningRule rule, WhoPaysQuestion question) {
    if (category.ccgResponsibility == CcgResponsibility.PRESENCE) {
      if (question.presentIn() == null) {
        throw ProblemException.invalid(
            "presentIn",
            "is needed: " + category.name + " is commissioned by the CCG where the patient is");
      }
      return byPlace(
          rule,
          question,
          question.presentIn(),
          ResponsibilityBasis.PRESENCE,
          capitalised(category)
              + " is commissioned by the CCG where the patient is present, whether or not they"
              + " are registered there or live there.");
    }
    if (question.presentIn() != null) {
      throw ProblemException.invalid(
          "presentIn",
          "decides only for urgent and emergency care; for "
              + category.name
              + " give registeredPractice, or residence for an unregistered patient");
    }
    String principle = capitalised(category) + " is commissioned by CCGs";
    if (question.registeredPractice() != null) {
      return byPractice(rule, question, principle);
    }
    return byPlace(
        rule,
        question,
        question.residence(),
        ResponsibilityBasis.USUAL_RESIDENCE,
        principle
            + ", and a patient registered with no practice is the responsibility of the CCG where"
            + " they usually live.");
  }

  private WhoPaysViews.Answer byPractice(
      CommissioningRule rule, WhoPaysQuestion question, String principle) {
    String code = question.registeredPractice();
    PracticeRef practice =
        practices
            .find(code, question.date(), "find the practice's CCG")
            .orElseThrow(() -> cannotDecide("practice-service knows no GP practice " + code));
    if (practice.ccg() == null) {
      throw cannotDecide(
          "Practice "
              + code
              + " belonged to no CCG on "
              + question.date()
              + ", so its registration cannot decide who pays; give residence instead");
    }
    String ccgCode = practice.ccg().ccgCode();
    String name = ccgs.status(ccgCode, question.date(), "name the practice's CCG").name();
    return WhoPaysAnswers.resolved(
        question,
        rule,
        ResponsibilityBasis.REGISTERED_PRACTICE,
        CommissionerKind.CCG,
        ccgCode,
        name,
        principle
            + ", and a registered patient is the responsibility of the CCG of their practice on"
            + " the date of care: practice "
            + code
            + " belonged to CCG "
            + label(ccgCode, name)
            + " on "
            + question.date()
            + ".");
  }

  private WhoPaysViews.Answer byPlace(
      CommissioningRule rule,
      WhoPaysQuestion question,
      String authorityCode,
      ResponsibilityBasis basis,
      String principle) {
    List<WhoPaysViews.Candidate> candidates = covering.council(authorityCode, question.date());
    if (candidates.isEmpty()) {
      throw cannotDecide(
          "ccg-service knows no CCG covering local authority "
              + authorityCode
              + " on "
              + question.date());
    }
    if (candidates.size() == 1) {
      WhoPaysViews.Candidate only = candidates.getFirst();
      return WhoPaysAnswers.resolved(
          question,
          rule,
          basis,
          CommissionerKind.CCG,
          only.code(),
          only.name(),
          principle
              + " On "
              + question.date()
              + " "
              + authorityCode
              + " is covered by one CCG, "
              + label(only.code(), only.name())
              + ".");
    }
    return WhoPaysAnswers.unresolved(
        question,
        rule,
        basis,
        candidates,
        principle
            + " On "
            + question.date()
            + " "
            + authorityCode
            + " is covered by "
            + candidates.size()
            + " CCGs, and the council alone does not say which of them covers the patient's"
            + " place: the candidates are listed with the share of the council each covers.");
  }
}
