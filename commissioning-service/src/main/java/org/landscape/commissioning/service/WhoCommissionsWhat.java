package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.landscape.commissioning.domain.Arrangement;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.CommissioningRule;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.repository.CommissioningRuleRepository;
import org.landscape.common.problem.ProblemException;

/** The dated rules of which kind of commissioner may commission which category. */
@ApplicationScoped
public class WhoCommissionsWhat {

  @Inject CommissioningRuleRepository rules;

  /** Refuses a kind of commissioner that no rule lets commission the category on the date. */
  public void requireAllowed(ServiceCategory category, CommissionerKind kind, LocalDate date) {
    List<CommissioningRule> inForce = rules.on(category.code, date);
    if (inForce.stream().anyMatch(rule -> rule.commissionerKind == kind)) {
      return;
    }
    if (inForce.isEmpty()) {
      throw noRule(category, date);
    }
    throw ProblemException.ruleViolated(
        "On "
            + date
            + " "
            + category.name
            + " is commissioned by "
            + describe(inForce)
            + ", not by "
            + kind.description());
  }

  /** The rule of the kind that answers for the category on the date. */
  public CommissioningRule directOn(ServiceCategory category, LocalDate date) {
    return rules.on(category.code, date).stream()
        .filter(rule -> rule.arrangement == Arrangement.DIRECT)
        .findFirst()
        .orElseThrow(() -> noRule(category, date));
  }

  /** Delegated or joint arrangements beside the direct one on the date. */
  public List<CommissioningRule> sharedOn(ServiceCategory category, LocalDate date) {
    return rules.on(category.code, date).stream()
        .filter(rule -> rule.arrangement != Arrangement.DIRECT)
        .toList();
  }

  /** "NHS England or a CCG (delegated)". */
  static String describe(List<CommissioningRule> rules) {
    return rules.stream()
        .map(
            rule ->
                rule.arrangement == Arrangement.DIRECT
                    ? rule.commissionerKind.description()
                    : rule.commissionerKind.description()
                        + " ("
                        + rule.arrangement.name().toLowerCase()
                        + ")")
        .collect(Collectors.joining(" or "));
  }

  private ProblemException noRule(ServiceCategory category, LocalDate date) {
    String since =
        rules.ofCategory(category.code).stream()
            .findFirst()
            .map(first -> " (its rules begin on " + first.validFrom + ")")
            .orElse("");
    return ProblemException.ruleViolated(
        "No rule says who commissions " + category.name + " on " + date + since);
  }
}
