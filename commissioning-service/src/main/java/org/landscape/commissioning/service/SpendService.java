package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.landscape.commissioning.domain.Commissioner;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.Money;
import org.landscape.commissioning.domain.YearlySpend;
import org.landscape.commissioning.repository.ContractRepository;
import org.landscape.commissioning.rest.SpendViews;
import org.landscape.common.time.FinancialYear;

/**
 * Contract value per commissioner and category in a financial year: each committed contract's value
 * for the days it was in force, split across the years it spans.
 */
@ApplicationScoped
public class SpendService {

  @Inject ContractRepository contracts;
  @Inject CategoryCatalogue categories;

  /** What one commissioner spends on one category, contract by contract. */
  private static final class Tally {
    BigDecimal amount = Money.ZERO;
    int contracts;
  }

  public SpendViews.SpendReport report(
      FinancialYear year, CommissionerKind kind, String commissionerCode, String categoryCode) {
    if (categoryCode != null) {
      categories.require(categoryCode, "category");
    }
    Map<String, Map<String, Tally>> byCommissioner = new TreeMap<>();
    Map<String, Contract> anyContractOf = new TreeMap<>();
    for (Contract contract :
        contracts.committedDuring(
            year.firstDay(), year.end(), kind, commissionerCode, categoryCode)) {
      String key = key(contract.commissioner());
      anyContractOf.putIfAbsent(key, contract);
      Tally tally =
          byCommissioner
              .computeIfAbsent(key, k -> new TreeMap<>())
              .computeIfAbsent(contract.categoryCode, k -> new Tally());
      tally.amount = tally.amount.add(YearlySpend.of(contract).getOrDefault(year, Money.ZERO));
      tally.contracts++;
    }
    List<SpendViews.CommissionerSpend> commissioners = new ArrayList<>();
    BigDecimal total = Money.ZERO;
    for (Map.Entry<String, Map<String, Tally>> entry : byCommissioner.entrySet()) {
      Contract sample = anyContractOf.get(entry.getKey());
      List<SpendViews.CategorySpend> perCategory = new ArrayList<>();
      BigDecimal subtotal = Money.ZERO;
      for (Map.Entry<String, Tally> category : entry.getValue().entrySet()) {
        Tally tally = category.getValue();
        perCategory.add(
            new SpendViews.CategorySpend(category.getKey(), tally.amount, tally.contracts));
        subtotal = subtotal.add(tally.amount);
      }
      commissioners.add(
          new SpendViews.CommissionerSpend(
              sample.commissionerKind,
              sample.commissionerCode,
              sample.commissionerName,
              subtotal,
              perCategory));
      total = total.add(subtotal);
    }
    return new SpendViews.SpendReport(
        year.toString(), year.firstDay(), year.end(), total, commissioners);
  }

  private static String key(Commissioner commissioner) {
    return commissioner.kind() + "/" + commissioner.code();
  }
}
