package org.landscape.commissioning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;

/** Who may hold a contract on which terms, decided without the peers. */
class ContractEligibilityTest {

  static ContractTerms terms(CommissionerKind kind, String code, String start, String end) {
    return new ContractTerms(
        new Commissioner(kind, code),
        "RX1",
        "ELECTIVE_HOSPITAL_CARE",
        new BigDecimal("1000.00"),
        LocalDate.parse(start),
        LocalDate.parse(end));
  }

  static void assertRefused(Runnable check, ProblemType type, String detail) {
    assertThatThrownBy(check::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(type);
              assertThat(problem.getMessage()).isEqualTo(detail);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a CCG's three-character code, a year | CCG | 00C | 2013-04-01 | 2014-04-01 | ",
        "a CCG's five-character code | CCG | M1J4Y | 2013-04-01 | 2014-04-01 | ",
        "NHS England's X24 | NHS_ENGLAND | X24 | 2013-04-01 | 2013-04-02 | ",
        "a county's code | LOCAL_AUTHORITY | E10000016 | 2013-04-01 | 2014-04-01 | ",
        "a council's code for a CCG | CCG | E10000016 | 2013-04-01 | 2014-04-01 | commissioner.code",
        "a CCG's code for NHS England | NHS_ENGLAND | 00C | 2013-04-01 | 2014-04-01 |"
            + " commissioner.code",
        "a CCG's code for a council | LOCAL_AUTHORITY | 00C | 2013-04-01 | 2014-04-01 |"
            + " commissioner.code",
        "an end on the start | CCG | 00C | 2013-04-01 | 2013-04-01 | endDate",
        "an end before the start | CCG | 00C | 2014-04-01 | 2013-04-01 | endDate",
        "a bad code and an end before the start | CCG | X | 2014-04-01 | 2013-04-01 |"
            + " commissioner.code,endDate",
      })
  void the_terms_have_a_commissioner_code_of_its_kind_and_end_after_they_start(
      String scenario,
      CommissionerKind kind,
      String code,
      String start,
      String end,
      String refusedFields) {
    ContractTerms terms = terms(kind, code, start, end);
    assertThat(ContractEligibility.formViolations(terms))
        .extracting(FieldViolation::field)
        .containsExactly(refusedFields == null ? new String[0] : refusedFields.split(","));
    if (refusedFields != null && refusedFields.startsWith("commissioner.code")) {
      assertThat(ContractEligibility.formViolations(terms).getFirst().message())
          .isEqualTo(kind.codeMessage());
      assertRefused(
          () -> ContractEligibility.requireCodeFits(terms.commissioner(), "successor.code"),
          ProblemType.VALIDATION_FAILED,
          "successor.code: " + kind.codeMessage());
    } else {
      assertThatCode(
              () -> ContractEligibility.requireCodeFits(terms.commissioner(), "successor.code"))
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest(name = "provider {0}, contract from {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "open since 2006 | 2013-04-01 | ",
        "opening on the start | 2013-04-01 | ",
        "opening the day after the start | 2013-03-31 | Provider RX1 (NOTTINGHAM UNIVERSITY"
            + " HOSPITALS NHS TRUST) is not open on 2013-03-31, when the contract starts",
        "closed on the start | 2020-04-01 | Provider RX1 (NOTTINGHAM UNIVERSITY HOSPITALS NHS"
            + " TRUST) is not open on 2020-04-01, when the contract starts",
        "closing the day after the start | 2020-03-31 | ",
        "not registered | 2013-04-01 | Provider RX1 does not exist; register it first",
      })
  void the_provider_exists_and_is_open_when_the_contract_starts(
      String scenario, LocalDate start, String refusal) {
    Provider provider = new Provider();
    provider.code = "RX1";
    provider.name = "NOTTINGHAM UNIVERSITY HOSPITALS NHS TRUST";
    provider.kind = ProviderKind.NHS_TRUST;
    provider.openDate =
        scenario.startsWith("open since") ? LocalDate.of(2006, 4, 1) : LocalDate.of(2013, 4, 1);
    provider.closeDate = LocalDate.of(2020, 4, 1);
    Provider known = scenario.equals("not registered") ? null : provider;
    if (refusal == null) {
      assertThatCode(() -> ContractEligibility.requireOpenProvider("RX1", known, start))
          .doesNotThrowAnyException();
    } else {
      assertRefused(
          () -> ContractEligibility.requireOpenProvider("RX1", known, start),
          ProblemType.RULE_VIOLATED,
          refusal);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "operational throughout | 2013-04-01 | | 2013-10-01 | 2014-10-01 | ",
        "from its first day | 2013-04-01 | | 2013-04-01 | 2014-04-01 | ",
        "starting the day before it opens | 2013-04-01 | | 2013-03-31 | 2014-04-01 | A CCG may only"
            + " hold a contract over a period it is operational throughout: CCG 00C is operational"
            + " from 2013-04-01, not from 2013-03-31 until 2014-04-01",
        "until the ICBs took over, the contract ending on the CCG's closing day | 2013-04-01 |"
            + " 2022-07-01 | 2021-07-01 | 2022-07-01 | ",
        "a day past the ICBs' takeover | 2013-04-01 | 2022-07-01 | 2021-07-01 | 2022-07-02 | A CCG"
            + " may only hold a contract over a period it is operational throughout: CCG 00C is"
            + " operational from 2013-04-01 until 2022-07-01, not from 2021-07-01 until 2022-07-02",
        "a merged CCG, past its closing | 2013-04-01 | 2015-04-01 | 2014-10-01 | 2015-10-01 | A"
            + " CCG may only hold a contract over a period it is operational throughout: CCG 00C is"
            + " operational from 2013-04-01 until 2015-04-01, not from 2014-10-01 until 2015-10-01",
        "a CCG with no known opening, closing before the end | | 2015-04-01 | 2014-10-01 |"
            + " 2015-10-01 | A CCG may only hold a contract over a period it is operational"
            + " throughout: CCG 00C is operational until 2015-04-01, not from 2014-10-01 until"
            + " 2015-10-01",
      })
  void a_ccg_holds_a_contract_only_over_a_period_it_is_operational_throughout(
      String scenario,
      LocalDate open,
      LocalDate close,
      LocalDate from,
      LocalDate to,
      String refusal) {
    CcgLifespan ccg = new CcgLifespan("00C", true, "NHS Darlington CCG", open, close);
    if (refusal == null) {
      assertThat(ContractEligibility.requireOperationalCcg("00C", ccg, from, to))
          .isEqualTo("NHS Darlington CCG");
    } else {
      assertRefused(
          () -> ContractEligibility.requireOperationalCcg("00C", ccg, from, to),
          ProblemType.RULE_VIOLATED,
          refusal);
    }
  }

  @ParameterizedTest(name = "an unknown CCG {0}")
  @CsvSource({"99X", "00C"})
  void an_unknown_ccg_holds_no_contract(String code) {
    CcgLifespan unknown = new CcgLifespan(code, false, null, null, null);
    assertRefused(
        () ->
            ContractEligibility.requireOperationalCcg(
                code, unknown, LocalDate.of(2013, 4, 1), LocalDate.of(2014, 4, 1)),
        ProblemType.RULE_VIOLATED,
        "CCG " + code + " does not exist");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a county | E10000016 | Kent | true | | | | Kent",
        "a county lasting until the contract ends | E10000016 | Kent | true | | 2014-04-01 | |"
            + " Kent",
        "a county ceasing before the contract ends | E10000002 | Buckinghamshire | true | |"
            + " 2014-01-01 | E10000002 (Buckinghamshire) ceases on 2014-01-01, before the contract"
            + " ends on 2014-04-01 | ",
        "a district of a county | E07000105 | Ashford | false | E10000016 | | E07000105 (Ashford)"
            + " is a district council: councils commission through the upper tier, here E10000016 | ",
        "a district with no county named | E07000105 | | false | | | E07000105 is a district"
            + " council: councils commission through the upper tier | ",
        "a council unknown on the start | E06000999 | | | | | Local authority E06000999 does not"
            + " exist on 2013-04-01 | ",
      })
  void a_council_holds_a_contract_only_if_upper_tier_and_lasting_the_contract(
      String scenario,
      String code,
      String name,
      Boolean upperTier,
      String county,
      LocalDate validTo,
      String refusal,
      String confirmedName) {
    Council council =
        upperTier == null ? null : new Council(code, name, upperTier, county, validTo);
    LocalDate from = LocalDate.of(2013, 4, 1);
    LocalDate to = LocalDate.of(2014, 4, 1);
    if (refusal == null) {
      assertThat(ContractEligibility.requireUpperTierCouncil(code, council, from, to))
          .isEqualTo(confirmedName);
    } else {
      assertRefused(
          () -> ContractEligibility.requireUpperTierCouncil(code, council, from, to),
          ProblemType.RULE_VIOLATED,
          refusal);
    }
  }
}
