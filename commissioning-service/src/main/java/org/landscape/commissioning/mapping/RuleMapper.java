package org.landscape.commissioning.mapping;

import org.landscape.commissioning.domain.CommissioningRule;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.rest.RuleViews;

public final class RuleMapper {

  private RuleMapper() {}

  public static RuleViews.CategoryView toView(ServiceCategory category) {
    return new RuleViews.CategoryView(
        category.code, category.name, category.description, category.ccgResponsibility);
  }

  public static RuleViews.RuleView toView(CommissioningRule rule) {
    return new RuleViews.RuleView(
        rule.id,
        rule.categoryCode,
        rule.commissionerKind,
        rule.arrangement,
        rule.validFrom,
        rule.validTo,
        rule.note);
  }
}
