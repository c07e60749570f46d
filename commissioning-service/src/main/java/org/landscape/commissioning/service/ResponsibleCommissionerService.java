package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.domain.WhoPays;
import org.landscape.commissioning.domain.WhoPaysQuestion;

/**
 * "Who pays?": the kind of commissioner that answers for the category on the date decides; NHS
 * England and councils whatever the patient's registration, CCGs by registration, residence or
 * presence. {@link WhoPays} decides from the rules and from what the peers know ({@link
 * WhoPaysFacts}).
 */
@ApplicationScoped
public class ResponsibleCommissionerService {

  @Inject CategoryCatalogue categories;
  @Inject CommissioningRuleService rules;
  @Inject WhoPaysFacts facts;

  public WhoPays.Answer answer(WhoPaysQuestion question) {
    question.requireSomeWhereabouts();
    ServiceCategory category = categories.require(question.category(), "category");
    return WhoPays.decide(rules.of(category), question, facts);
  }
}
