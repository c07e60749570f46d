package org.landscape.commissioning.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.landscape.common.time.FinancialYear;

/**
 * Contract value per commissioner and category in a financial year: each contract's value for the
 * days it was in force, split across the years it spans ({@link YearlySpend}), summed per
 * commissioner (by kind, then code) and, within each, per category (by code). Which contracts count
 * (not drafts) is for the caller to choose.
 */
public final class FinancialYearSpend {

  private FinancialYearSpend() {}

  public record CategorySpend(String category, BigDecimal amount, int contracts) {}

  /** A commissioner's spend; its name is that of its first contract counted. */
  public record CommissionerSpend(
      CommissionerKind kind,
      String code,
      String name,
      BigDecimal total,
      List<CategorySpend> categories) {}

  public record Report(
      FinancialYear year, BigDecimal total, List<CommissionerSpend> commissioners) {}

  /** What one commissioner spends on one category, contract by contract. */
  private static final class Tally {
    BigDecimal amount = Money.ZERO;
    int contracts;
  }

  public static Report of(FinancialYear year, List<Contract> contracts) {
    Map<String, Map<String, Tally>> byCommissioner = new TreeMap<>();
    Map<String, Contract> anyContractOf = new TreeMap<>();
    for (Contract contract : contracts) {
      String key = key(contract.commissioner());
      anyContractOf.putIfAbsent(key, contract);
      Tally tally =
          byCommissioner
              .computeIfAbsent(key, k -> new TreeMap<>())
              .computeIfAbsent(contract.categoryCode, k -> new Tally());
      tally.amount = tally.amount.add(YearlySpend.of(contract).getOrDefault(year, Money.ZERO));
      tally.contracts++;
    }
    List<CommissionerSpend> commissioners = new ArrayList<>();
    BigDecimal total = Money.ZERO;
    for (Map.Entry<String, Map<String, Tally>> entry : byCommissioner.entrySet()) {
      Contract sample = anyContractOf.get(entry.getKey());
      List<CategorySpend> perCategory = new ArrayList<>();
      BigDecimal subtotal = Money.ZERO;
      for (Map.Entry<String, Tally> category : entry.getValue().entrySet()) {
        Tally tally = category.getValue();
        perCategory.add(new CategorySpend(category.getKey(), tally.amount, tally.contracts));
        subtotal = subtotal.add(tally.amount);
      }
      commissioners.add(
          new CommissionerSpend(
              sample.commissionerKind,
              sample.commissionerCode,
              sample.commissionerName,
              subtotal,
              perCategory));
      total = total.add(subtotal);
    }
    return new Report(year, total, commissioners);
  }

  private static String key(Commissioner commissioner) {
    return commissioner.kind() + "/" + commissioner.code();
  }
}
