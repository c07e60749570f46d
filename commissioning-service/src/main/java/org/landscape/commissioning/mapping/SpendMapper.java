package org.landscape.commissioning.mapping;

import org.landscape.commissioning.domain.FinancialYearSpend;
import org.landscape.commissioning.rest.SpendViews;

public final class SpendMapper {

  private SpendMapper() {}

  public static SpendViews.SpendReport toView(FinancialYearSpend.Report report) {
    return new SpendViews.SpendReport(
        report.year().toString(),
        report.year().firstDay(),
        report.year().end(),
        report.total(),
        report.commissioners().stream().map(SpendMapper::toView).toList());
  }

  private static SpendViews.CommissionerSpend toView(FinancialYearSpend.CommissionerSpend spend) {
    return new SpendViews.CommissionerSpend(
        spend.kind(),
        spend.code(),
        spend.name(),
        spend.total(),
        spend.categories().stream()
            .map(
                category ->
                    new SpendViews.CategorySpend(
                        category.category(), category.amount(), category.contracts()))
            .toList());
  }
}
