package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.landscape.commissioning.domain.Arrangement;
import org.landscape.commissioning.domain.CommissioningRule;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.mapping.RuleMapper;
import org.landscape.commissioning.repository.CommissioningRuleRepository;
import org.landscape.commissioning.repository.RuleFilter;
import org.landscape.commissioning.rest.RuleViews;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;

/**
 * Reads the rules and adds later ones. Rules of one kind for one category never overlap, and one
 * kind at a time answers directly for a category (the database guards both too).
 */
@ApplicationScoped
public class CommissioningRuleService {

  public static final String RESOURCE_TYPE = "commissioning-rule";

  @Inject CommissioningRuleRepository rules;
  @Inject CategoryCatalogue categories;
  @Inject ChangeFeed changeFeed;

  public Page<RuleViews.RuleView> search(RuleFilter filter, PageRequest page) {
    return rules.search(filter, page).map(RuleMapper::toView);
  }

  public CommissioningRule require(long id) {
    return rules
        .findByIdOptional(id)
        .orElseThrow(() -> ProblemException.notFound("Commissioning rule", Long.toString(id)));
  }

  @Transactional
  public CommissioningRule add(RuleViews.NewRule request) {
    ServiceCategory category = categories.require(request.category(), "category");
    if (request.validTo() != null && !request.validTo().isAfter(request.validFrom())) {
      throw ProblemException.invalid("validTo", "must be after validFrom");
    }
    for (CommissioningRule existing : rules.ofCategory(category.code)) {
      if (!existing.overlaps(request.validFrom(), request.validTo())) {
        continue;
      }
      if (existing.commissionerKind == request.commissionerKind()) {
        throw ProblemException.conflict(
            "Rule "
                + existing.id
                + " already lets "
                + existing.commissionerKind.description()
                + " commission "
                + category.name
                + " from "
                + existing.validFrom
                + "; rules of one kind of commissioner must not overlap");
      }
      if (existing.arrangement == Arrangement.DIRECT
          && request.arrangement() == Arrangement.DIRECT) {
        throw ProblemException.conflict(
            existing.commissionerKind.description()
                + " answers directly for "
                + category.name
                + " from "
                + existing.validFrom
                + " (rule "
                + existing.id
                + "); another kind may hold it only as DELEGATED or JOINT");
      }
    }
    CommissioningRule rule = new CommissioningRule();
    rule.categoryCode = category.code;
    rule.commissionerKind = request.commissionerKind();
    rule.arrangement = request.arrangement();
    rule.validFrom = request.validFrom();
    rule.validTo = request.validTo();
    rule.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
    rules.persist(rule);
    rules.flush();
    changeFeed.record(
        RESOURCE_TYPE, rule.id.toString(), ChangeType.CREATED, RuleMapper.toView(rule));
    return rule;
  }
}
