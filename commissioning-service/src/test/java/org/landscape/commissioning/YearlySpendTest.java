package org.landscape.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.ContractStatus;
import org.landscape.commissioning.domain.Money;
import org.landscape.commissioning.domain.YearlySpend;
import org.landscape.common.time.FinancialYear;

/** Exact money: pro-rating by days and splitting across financial years to the penny. */
class YearlySpendTest {

  static Contract contract(String value, String start, String end) {
    Contract contract = new Contract();
    contract.value = new BigDecimal(value);
    contract.startDate = LocalDate.parse(start);
    contract.endDate = LocalDate.parse(end);
    contract.status = ContractStatus.ACTIVE;
    return contract;
  }

  @Test
  void financialYearsRunFromAprilToMarch() {
    assertThat(FinancialYear.parse("2013/14")).contains(new FinancialYear(2013));
    assertThat(FinancialYear.parse("1999/00")).contains(new FinancialYear(1999));
    assertThat(FinancialYear.parse("2013/15")).isEmpty();
    assertThat(FinancialYear.parse("2013-14")).isEmpty();
    assertThat(FinancialYear.containing(LocalDate.parse("2014-03-31")).toString())
        .isEqualTo("2013/14");
    assertThat(FinancialYear.containing(LocalDate.parse("2014-04-01")).toString())
        .isEqualTo("2014/15");
    assertThat(FinancialYear.spanning(LocalDate.parse("2013-10-01"), LocalDate.parse("2014-10-01")))
        .containsExactly(new FinancialYear(2013), new FinancialYear(2014));
  }

  @Test
  void aContractSpanningTwoYearsIsSplitByItsDaysInEach() {
    Map<FinancialYear, BigDecimal> spend =
        YearlySpend.of(contract("365000.00", "2013-10-01", "2014-10-01"));
    assertThat(spend.get(new FinancialYear(2013))).isEqualTo(new BigDecimal("182000.00"));
    assertThat(spend.get(new FinancialYear(2014))).isEqualTo(new BigDecimal("183000.00"));
  }

  @Test
  void penniesThatDoNotDivideGoToTheLargestRemaindersAndTheSumIsExact() {
    assertThat(Money.allocate(new BigDecimal("100.00"), List.of(1L, 1L, 1L)))
        .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
    assertThat(Money.allocate(new BigDecimal("0.02"), List.of(1L, 2L, 1L)))
        .containsExactly(new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.00"));
    Map<FinancialYear, BigDecimal> spend =
        YearlySpend.of(contract("999999999999.99", "2013-06-15", "2019-02-10"));
    assertThat(spend).hasSize(6);
    assertThat(spend.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo(new BigDecimal("999999999999.99"));
  }

  @Test
  void anEarlyEndCountsTheValueForTheDaysItRan() {
    Contract terminated = contract("365000.00", "2013-10-01", "2014-10-01");
    terminated.status = ContractStatus.TERMINATED;
    terminated.terminatedOn = LocalDate.parse("2014-04-01");
    assertThat(terminated.valueInForce()).isEqualTo(new BigDecimal("182000.00"));
    assertThat(YearlySpend.of(terminated)).containsOnlyKeys(new FinancialYear(2013));
    Contract cancelled = contract("365000.00", "2013-10-01", "2014-10-01");
    cancelled.status = ContractStatus.TERMINATED;
    cancelled.terminatedOn = cancelled.startDate;
    assertThat(cancelled.valueInForce()).isEqualTo(new BigDecimal("0.00"));
    assertThat(YearlySpend.of(cancelled)).isEmpty();
    assertThat(Money.proRata(new BigDecimal("10.00"), 1, 3)).isEqualTo(new BigDecimal("3.33"));
    assertThat(Money.proRata(new BigDecimal("10.00"), 2, 3)).isEqualTo(new BigDecimal("6.67"));
  }
}
