package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.landscape.commissioning.domain.Arrangement;
import org.landscape.commissioning.domain.CommissionerEraRule;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.CommissioningRule;
import org.landscape.commissioning.domain.RuleFilter;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.domain.WhoCommissionsWhat;
import org.landscape.commissioning.repository.CommissioningRuleRepository;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;

/**
 * Reads the rules of who commissions what, and adds later ones. Rules of one kind for one category
 * never overlap, and one kind at a time answers directly for a category (the database guards both
 * too); {@link WhoCommissionsWhat} decides.
 */
@ApplicationScoped
public class CommissioningRuleService {

  public static final String RESOURCE_TYPE = "commissioning-rule";

  /** A later rule to add. */
  public record NewRuleCommand(
      String category,
      CommissionerKind commissionerKind,
      Arrangement arrangement,
      LocalDate validFrom,
      LocalDate validTo,
      String note) {}

  /** A rule as the change feed records it. */
  public record RuleRecord(
      long id,
      String category,
      CommissionerKind commissionerKind,
      Arrangement arrangement,
      LocalDate validFrom,
      LocalDate validTo,
      String note) {

    static RuleRecord of(CommissioningRule rule) {
      return new RuleRecord(
          rule.id,
          rule.categoryCode,
          rule.commissionerKind,
          rule.arrangement,
          rule.validFrom,
          rule.validTo,
          rule.note);
    }
  }

  @Inject CommissioningRuleRepository rules;
  @Inject CategoryCatalogue categories;
  @Inject ChangeFeed changeFeed;

  public Page<CommissioningRule> search(RuleFilter filter, PageRequest page) {
    return rules.search(filter, page);
  }

  public CommissioningRule require(long id) {
    return rules
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("Commissioning rule", Long.toString(id)));
  }

  /** Who commissions the category: its dated rules. */
  public WhoCommissionsWhat of(ServiceCategory category) {
    return new WhoCommissionsWhat(category, rules.ofCategory(category.code));
  }

  /** Refuses a kind of commissioner that no rule lets commission the category on the date. */
  public void requireAllowed(ServiceCategory category, CommissionerKind kind, LocalDate date) {
    of(category).requireAllowed(kind, date);
  }

  @Transactional
  public CommissioningRule add(NewRuleCommand request) {
    ServiceCategory category = categories.require(request.category(), "category");
    if (request.validTo() != null && !request.validTo().isAfter(request.validFrom())) {
      throw ProblemException.invalid("validTo", "must be after validFrom");
    }
    CommissionerEraRule.breach(request.commissionerKind(), request.validFrom(), request.validTo())
        .ifPresent(
            breach -> {
              throw ProblemException.ruleViolated(breach);
            });
    of(category)
        .requireRoomFor(
            request.commissionerKind(),
            request.arrangement(),
            request.validFrom(),
            request.validTo());
    CommissioningRule rule = new CommissioningRule();
    rule.categoryCode = category.code;
    rule.commissionerKind = request.commissionerKind();
    rule.arrangement = request.arrangement();
    rule.validFrom = request.validFrom();
    rule.validTo = request.validTo();
    rule.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
    rules.persist(rule);
    rules.flush();
    changeFeed.record(RESOURCE_TYPE, rule.id.toString(), ChangeType.CREATED, RuleRecord.of(rule));
    return rule;
  }
}
