package org.landscape.commissioning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscape.common.time.FinancialYear;

/** Spend apportioned to NHS financial years, per commissioner and category, to the penny. */
class FinancialYearSpendTest {

  static Contract contract(
      CommissionerKind kind, String code, String category, String value, String start, String end) {
    Contract contract = new Contract();
    contract.reference = code + "-" + category + "-" + start;
    contract.commissionerKind = kind;
    contract.commissionerCode = code;
    contract.commissionerName = "Name of " + code;
    contract.providerCode = "RX1";
    contract.categoryCode = category;
    contract.value = new BigDecimal(value);
    contract.startDate = LocalDate.parse(start);
    contract.endDate = LocalDate.parse(end);
    contract.status = ContractStatus.ACTIVE;
    return contract;
  }

  static Contract ccg(String value, String start, String end) {
    return contract(CommissionerKind.CCG, "00C", "ELECTIVE_HOSPITAL_CARE", value, start, end);
  }

  @ParameterizedTest(name = "{0}: {1} in {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a year's contract within 2013/14 | 365000.00 | 2013 | 2013-04-01 | 2014-04-01 | 365000.00",
        "Oct to Oct, first year's part | 365000.00 | 2013 | 2013-10-01 | 2014-10-01 | 182000.00",
        "Oct to Oct, second year's part | 365000.00 | 2014 | 2013-10-01 | 2014-10-01 | 183000.00",
        "a year it does not reach | 365000.00 | 2015 | 2013-10-01 | 2014-10-01 | 0.00",
        "the day before a year, alone | 100.00 | 2014 | 2014-03-31 | 2014-04-01 | 0.00",
        "the first day of a year, alone | 100.00 | 2014 | 2014-04-01 | 2014-04-02 | 100.00",
        "pennies that do not divide, first year | 100.00 | 2013 | 2014-03-31 | 2014-04-03 | 33.33",
        "pennies that do not divide, second year | 100.00 | 2014 | 2014-03-31 | 2014-04-03 | 66.67",
      })
  void a_contract_counts_in_a_year_for_its_days_there(
      String scenario, String value, int year, String start, String end, String spent) {
    FinancialYearSpend.Report report =
        FinancialYearSpend.of(new FinancialYear(year), List.of(ccg(value, start, end)));
    assertThat(report.total()).isEqualTo(new BigDecimal(spent));
    assertThat(report.commissioners()).hasSize(1);
    FinancialYearSpend.CommissionerSpend spend = report.commissioners().getFirst();
    assertThat(spend.total()).isEqualTo(new BigDecimal(spent));
    assertThat(spend.categories())
        .containsExactly(
            new FinancialYearSpend.CategorySpend(
                "ELECTIVE_HOSPITAL_CARE", new BigDecimal(spent), 1));
  }

  static Stream<Arguments> endedEarly() {
    Contract terminated = ccg("365000.00", "2013-04-01", "2014-04-01");
    terminated.status = ContractStatus.TERMINATED;
    terminated.terminatedOn = LocalDate.of(2013, 10, 1);
    terminated.terminationReason = "decommissioned";
    Contract novated = ccg("365000.00", "2013-10-01", "2014-10-01");
    novated.status = ContractStatus.NOVATED;
    novated.novatedOn = LocalDate.of(2014, 4, 1);
    Contract successor =
        contract(
            CommissionerKind.CCG,
            "13T",
            "ELECTIVE_HOSPITAL_CARE",
            "183000.00",
            "2014-04-01",
            "2014-10-01");
    return Stream.of(
        Arguments.of("terminated half way through 2013/14", List.of(terminated), 2013, "183000.00"),
        Arguments.of(
            "terminated: nothing after the termination", List.of(terminated), 2014, "0.00"),
        Arguments.of(
            "novated at the year's end: the original's part", List.of(novated), 2013, "182000.00"),
        Arguments.of("novated: the original counts nothing after", List.of(novated), 2014, "0.00"),
        Arguments.of(
            "novated: the successor counts after, nothing twice",
            List.of(novated, successor),
            2014,
            "183000.00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endedEarly")
  void a_contract_ended_early_counts_until_it_ended(
      String scenario, List<Contract> contracts, int year, String total) {
    assertThat(FinancialYearSpend.of(new FinancialYear(year), contracts).total())
        .isEqualTo(new BigDecimal(total));
  }

  @ParameterizedTest(name = "contracts given in the order: {0}")
  @CsvSource({"as listed", "reversed"})
  void spend_is_grouped_by_commissioner_then_category_in_code_order(String order) {
    List<Contract> contracts =
        new ArrayList<>(
            List.of(
                contract(
                    CommissionerKind.CCG,
                    "00D",
                    "REHABILITATION",
                    "365.00",
                    "2013-04-01",
                    "2014-04-01"),
                contract(
                    CommissionerKind.CCG,
                    "00C",
                    "REHABILITATION",
                    "365.00",
                    "2013-04-01",
                    "2014-04-01"),
                contract(
                    CommissionerKind.CCG,
                    "00C",
                    "ELECTIVE_HOSPITAL_CARE",
                    "730.00",
                    "2013-04-01",
                    "2014-04-01"),
                contract(
                    CommissionerKind.CCG,
                    "00C",
                    "ELECTIVE_HOSPITAL_CARE",
                    "365.00",
                    "2013-04-01",
                    "2014-04-01"),
                contract(
                    CommissionerKind.NHS_ENGLAND,
                    "X24",
                    "DENTISTRY",
                    "1000.00",
                    "2013-04-01",
                    "2014-04-01"),
                contract(
                    CommissionerKind.LOCAL_AUTHORITY,
                    "E10000016",
                    "PUBLIC_HEALTH",
                    "500.00",
                    "2013-04-01",
                    "2014-04-01")));
    if (order.equals("reversed")) {
      java.util.Collections.reverse(contracts);
    }
    FinancialYearSpend.Report report = FinancialYearSpend.of(new FinancialYear(2013), contracts);
    assertThat(report.year()).isEqualTo(new FinancialYear(2013));
    assertThat(report.total()).isEqualTo(new BigDecimal("3325.00"));
    assertThat(report.commissioners())
        .extracting(FinancialYearSpend.CommissionerSpend::code)
        .containsExactly("00C", "00D", "E10000016", "X24");
    FinancialYearSpend.CommissionerSpend first = report.commissioners().getFirst();
    assertThat(first.name()).isEqualTo("Name of 00C");
    assertThat(first.total()).isEqualTo(new BigDecimal("1460.00"));
    assertThat(first.categories())
        .containsExactly(
            new FinancialYearSpend.CategorySpend(
                "ELECTIVE_HOSPITAL_CARE", new BigDecimal("1095.00"), 2),
            new FinancialYearSpend.CategorySpend("REHABILITATION", new BigDecimal("365.00"), 1));
  }

  @ParameterizedTest(name = "no contract in {0}")
  @CsvSource({"2013", "2021"})
  void without_contracts_the_year_spends_nothing(int year) {
    FinancialYearSpend.Report report = FinancialYearSpend.of(new FinancialYear(year), List.of());
    assertThat(report.total()).isEqualTo(new BigDecimal("0.00"));
    assertThat(report.commissioners()).isEmpty();
  }
}
