package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.landscape.commissioning.domain.Commissioner;
import org.landscape.commissioning.domain.ContractTerms;
import org.landscape.commissioning.domain.Provider;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.repository.ProviderRepository;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;

/**
 * Checks a contract's terms on everything this service decides alone: the form of the
 * commissioner's code, the dates, the category, who may commission it, and the provider. Peers are
 * asked after.
 */
@ApplicationScoped
public class ContractTermsCheck {

  @Inject CategoryCatalogue categories;
  @Inject WhoCommissionsWhat rules;
  @Inject ProviderRepository providers;

  public void requireValid(ContractTerms terms) {
    List<FieldViolation> violations = new ArrayList<>();
    if (!terms.commissioner().kind().isValidCode(terms.commissioner().code())) {
      violations.add(
          new FieldViolation("commissioner.code", terms.commissioner().kind().codeMessage()));
    }
    if (!terms.endDate().isAfter(terms.startDate())) {
      violations.add(new FieldViolation("endDate", "must be after startDate"));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.validation(violations);
    }
    ServiceCategory category = categories.require(terms.categoryCode(), "category");
    rules.requireAllowed(category, terms.commissioner().kind(), terms.startDate());
    requireOpenProvider(terms);
  }

  /** A commissioner's code must have the form its kind's codes have. */
  public static void requireCodeFits(Commissioner commissioner, String field) {
    if (!commissioner.kind().isValidCode(commissioner.code())) {
      throw ProblemException.invalid(field, commissioner.kind().codeMessage());
    }
  }

  private void requireOpenProvider(ContractTerms terms) {
    Provider provider = providers.findById(terms.providerCode());
    if (provider == null) {
      throw ProblemException.ruleViolated(
          "Provider " + terms.providerCode() + " does not exist; register it first");
    }
    if (!provider.isOpenOn(terms.startDate())) {
      throw ProblemException.ruleViolated(
          "Provider "
              + provider.code
              + " ("
              + provider.name
              + ") is not open on "
              + terms.startDate()
              + ", when the contract starts");
    }
  }
}
