package org.landscape.commissioning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landscape.common.time.FinancialYear;

/**
 * What a contract spends in each financial year: the value for the days it was in force, split by
 * the days that fall in each year, in pennies that sum exactly to it.
 */
public final class YearlySpend {

  private YearlySpend() {}

  public static Map<FinancialYear, BigDecimal> of(Contract contract) {
    LocalDate from = contract.startDate;
    LocalDate to = contract.effectiveEnd();
    Map<FinancialYear, BigDecimal> spend = new LinkedHashMap<>();
    if (!to.isAfter(from)) {
      return spend;
    }
    List<FinancialYear> years = FinancialYear.spanning(from, to);
    List<Long> days = new ArrayList<>();
    for (FinancialYear year : years) {
      LocalDate start = from.isAfter(year.firstDay()) ? from : year.firstDay();
      LocalDate end = to.isBefore(year.end()) ? to : year.end();
      days.add(ChronoUnit.DAYS.between(start, end));
    }
    List<BigDecimal> amounts = Money.allocate(contract.valueInForce(), days);
    for (int index = 0; index < years.size(); index++) {
      spend.put(years.get(index), amounts.get(index));
    }
    return spend;
  }
}
