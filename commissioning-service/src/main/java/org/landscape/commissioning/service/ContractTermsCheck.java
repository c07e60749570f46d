package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.landscape.commissioning.domain.ContractEligibility;
import org.landscape.commissioning.domain.ContractTerms;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.repository.ProviderRepository;
import org.landscape.common.problem.ProblemException;

/**
 * Checks a contract's terms on everything this service decides alone: the form of the
 * commissioner's code, the dates, the category, who may commission it, and the provider. Peers are
 * asked after. {@link ContractEligibility} and the rules of who commissions what decide.
 */
@ApplicationScoped
public class ContractTermsCheck {

  @Inject CategoryCatalogue categories;
  @Inject CommissioningRuleService rules;
  @Inject ProviderRepository providers;

  public void requireValid(ContractTerms terms) {
    ProblemException.requireNone(ContractEligibility.formViolations(terms));
    ServiceCategory category = categories.require(terms.categoryCode(), "category");
    rules.requireAllowed(category, terms.commissioner().kind(), terms.startDate());
    ContractEligibility.requireOpenProvider(
        terms.providerCode(), providers.findById(terms.providerCode()), terms.startDate());
  }
}
