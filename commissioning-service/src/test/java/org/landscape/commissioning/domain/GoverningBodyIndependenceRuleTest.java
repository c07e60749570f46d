package org.landscape.commissioning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The governing body's independence, decided on plain seats and contracts: a nurse or specialist
 * doctor of 00C employed by RTD, and contracts of 00C with RTD over {@code [2014-04-01,
 * 2016-04-01)}.
 */
class GoverningBodyIndependenceRuleTest {

  private static final LocalDate START = LocalDate.of(2014, 4, 1);
  private static final LocalDate END = LocalDate.of(2016, 4, 1);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          the day before the contract starts                 | 2014-03-31 | ACTIVE     | -          | -          | false
          the contract's first day                           | 2014-04-01 | ACTIVE     | -          | -          | true
          while the contract runs                            | 2015-06-01 | ACTIVE     | -          | -          | true
          the contract's last day                            | 2016-03-31 | ACTIVE     | -          | -          | true
          the contract's end date, its first day out of force | 2016-04-01 | ACTIVE     | -          | -          | false
          after the contract ended                           | 2017-01-01 | ACTIVE     | -          | -          | false
          a draft is not a contract in force                 | 2015-06-01 | DRAFT      | -          | -          | false
          the day before a termination                       | 2014-12-31 | TERMINATED | 2015-01-01 | -          | true
          the termination date                               | 2015-01-01 | TERMINATED | 2015-01-01 | -          | false
          the day before a novation                          | 2015-03-31 | NOVATED    | -          | 2015-04-01 | true
          the novation date: the successor holds it now      | 2015-04-01 | NOVATED    | -          | 2015-04-01 | false
          """)
  void aContractBreaksTheRuleWhileItIsInForce(
      String scenario,
      LocalDate date,
      ContractStatus status,
      LocalDate terminatedOn,
      LocalDate novatedOn,
      boolean breaks) {
    Contract contract = contract("C-RTD", "00C", "RTD", status);
    contract.terminatedOn = terminatedOn;
    contract.novatedOn = novatedOn;

    assertThat(
            GoverningBodyIndependenceRule.breaches(
                date, List.of(seat("00C", "RTD", "REGISTERED_NURSE")), List.of(contract)))
        .hasSize(breaks ? 1 : 0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          a registered nurse employed by the provider          | 00C | RTD | REGISTERED_NURSE                  | 2013-04-01 | -          | true
          a secondary-care specialist employed by the provider | 00C | RTD | SECONDARY_CARE_SPECIALIST_DOCTOR  | 2013-04-01 | -          | true
          a nurse who is also the chair                        | 00C | RTD | CHAIR REGISTERED_NURSE            | 2013-04-01 | -          | true
          a GP employed by the provider: not the rule's roles  | 00C | RTD | GP                                | 2013-04-01 | -          | false
          a lay member employed by the provider                | 00C | RTD | LAY_MEMBER_AUDIT_AND_GOVERNANCE   | 2013-04-01 | -          | false
          a nurse employed by another provider                 | 00C | RX1 | REGISTERED_NURSE                  | 2013-04-01 | -          | false
          a nurse naming no employer                           | 00C | -   | REGISTERED_NURSE                  | 2013-04-01 | -          | false
          a nurse of another CCG employed by the provider      | 13T | RTD | REGISTERED_NURSE                  | 2013-04-01 | -          | false
          a nurse whose seat ended the day before              | 00C | RTD | REGISTERED_NURSE                  | 2013-04-01 | 2015-06-01 | false
          a nurse whose seat starts the day after              | 00C | RTD | REGISTERED_NURSE                  | 2015-06-02 | -          | false
          a nurse whose seat starts that day                   | 00C | RTD | REGISTERED_NURSE                  | 2015-06-01 | -          | true
          """)
  void whoseEmploymentBreaksTheRule(
      String scenario,
      String ccg,
      String employer,
      String roles,
      LocalDate seatFrom,
      LocalDate seatTo,
      boolean breaks) {
    GoverningBodyIndependenceRule.Seat seat =
        new GoverningBodyIndependenceRule.Seat(
            7, ccg, "Nina Nurse", Set.of(roles.split(" ")), seatFrom, seatTo, employer);

    assertThat(
            GoverningBodyIndependenceRule.breaches(
                LocalDate.of(2015, 6, 1),
                List.of(seat),
                List.of(contract("C-RTD", "00C", "RTD", ContractStatus.ACTIVE))))
        .hasSize(breaks ? 1 : 0);
  }

  @org.junit.jupiter.api.Test
  void aSeatBreaksTheRuleOncePerContractAndOnlyCcgContractsCount() {
    Contract council = contract("C-COUNCIL", "00C", "RTD", ContractStatus.ACTIVE);
    council.commissionerKind = CommissionerKind.LOCAL_AUTHORITY;
    List<GoverningBodyIndependenceRule.Breach> breaches =
        GoverningBodyIndependenceRule.breaches(
            LocalDate.of(2015, 6, 1),
            List.of(seat("00C", "RTD", "SECONDARY_CARE_SPECIALIST_DOCTOR")),
            List.of(
                contract("C-2", "00C", "RTD", ContractStatus.ACTIVE),
                council,
                contract("C-1", "00C", "RTD", ContractStatus.ACTIVE)));

    assertThat(breaches).extracting(b -> b.contract().reference).containsExactly("C-1", "C-2");
  }

  private static GoverningBodyIndependenceRule.Seat seat(String ccg, String employer, String role) {
    return new GoverningBodyIndependenceRule.Seat(
        7, ccg, "Nina Nurse", Set.of(role), LocalDate.of(2013, 4, 1), null, employer);
  }

  private static Contract contract(
      String reference, String ccg, String provider, ContractStatus status) {
    Contract contract = new Contract();
    contract.reference = reference;
    contract.commissionerKind = CommissionerKind.CCG;
    contract.commissionerCode = ccg;
    contract.providerCode = provider;
    contract.status = status;
    contract.startDate = START;
    contract.endDate = END;
    return contract;
  }
}
