package org.landscape.commissioning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.landscape.commissioning.domain.Settlement.CO_COMMISSIONING;
import static org.landscape.commissioning.domain.Settlement.FROM;
import static org.landscape.commissioning.domain.Settlement.category;
import static org.landscape.commissioning.domain.Settlement.rule;
import static org.landscape.commissioning.domain.Settlement.whoCommissions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;

/**
 * Who commissions what: the 2013 settlement and a later delegation, on either side of each date.
 */
class WhoCommissionsWhatTest {

  static final LocalDate DAY_BEFORE_SETTLEMENT = FROM.minusDays(1);

  static Stream<Arguments> everyCategory() {
    return Settlement.everyCategory();
  }

  @ParameterizedTest(name = "{0}: no rule on the day before the 2013 settlement")
  @MethodSource("everyCategory")
  void before_the_settlement_no_rule_says_who_commissions(String code, CommissionerKind kind) {
    WhoCommissionsWhat rules = whoCommissions(code);
    assertThat(rules.on(DAY_BEFORE_SETTLEMENT)).isEmpty();
    assertThatThrownBy(() -> rules.directOn(DAY_BEFORE_SETTLEMENT))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(ProblemType.RULE_VIOLATED);
              assertThat(problem.getMessage())
                  .isEqualTo(
                      "No rule says who commissions "
                          + category(code).name
                          + " on 2013-03-31 (its rules begin on 2013-04-01)");
            });
  }

  @ParameterizedTest(
      name = "{0}: {1} answers directly from 2013-04-01 to 2022-06-30, the ICB after a CCG")
  @MethodSource("everyCategory")
  void from_the_settlement_the_settled_kind_answers_directly(String code, CommissionerKind kind) {
    WhoCommissionsWhat rules = whoCommissions(code);
    for (LocalDate date :
        List.of(FROM, CO_COMMISSIONING.minusDays(1), CO_COMMISSIONING, LocalDate.of(2022, 6, 30))) {
      CommissioningRule direct = rules.directOn(date);
      assertThat(direct.commissionerKind).as("on %s", date).isEqualTo(kind);
      assertThat(direct.arrangement).isEqualTo(Arrangement.DIRECT);
    }
    CommissioningRule afterCcgs = rules.directOn(LocalDate.of(2022, 7, 1));
    assertThat(afterCcgs.commissionerKind)
        .isEqualTo(kind == CommissionerKind.CCG ? CommissionerKind.ICB : kind);
    assertThat(afterCcgs.arrangement).isEqualTo(Arrangement.DIRECT);
  }

  static Stream<Arguments> everyCategoryAndKind() {
    return Settlement.everyCategory()
        .flatMap(
            category ->
                Arrays.stream(CommissionerKind.values())
                    .map(kind -> Arguments.of(category.get()[0], category.get()[1], kind)));
  }

  @ParameterizedTest(name = "{0} (settled: {1}) on 2013-04-01: {2} may commission it?")
  @MethodSource("everyCategoryAndKind")
  void only_the_settled_kind_may_commission_a_category_in_2013(
      String code, CommissionerKind settled, CommissionerKind asked) {
    WhoCommissionsWhat rules = whoCommissions(code);
    if (asked == settled) {
      assertThatCode(() -> rules.requireAllowed(asked, FROM)).doesNotThrowAnyException();
      return;
    }
    assertThatThrownBy(() -> rules.requireAllowed(asked, FROM))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(ProblemType.RULE_VIOLATED);
              assertThat(problem.getMessage())
                  .isEqualTo(
                      "On 2013-04-01 "
                          + category(code).name
                          + " is commissioned by "
                          + settled.description()
                          + ", not by "
                          + asked.description());
            });
  }

  @ParameterizedTest(name = "{0}: any kind is refused before the settlement, for want of a rule")
  @MethodSource("everyCategory")
  void before_the_settlement_no_kind_may_commission(String code, CommissionerKind kind) {
    assertThatThrownBy(() -> whoCommissions(code).requireAllowed(kind, DAY_BEFORE_SETTLEMENT))
        .isInstanceOf(ProblemException.class)
        .hasMessageStartingWith("No rule says who commissions ");
  }

  @ParameterizedTest(name = "general practice on {0}: CCG allowed {1}, shared {2}")
  @CsvSource({
    "2015-03-31, false, ''",
    "2015-04-01, true, CCG",
    "2022-06-30, true, CCG",
  })
  void ccgs_co_commission_general_practice_from_april_2015(
      LocalDate date, boolean ccgAllowed, String shared) {
    WhoCommissionsWhat rules = whoCommissions("GENERAL_PRACTICE");
    assertThat(rules.directOn(date).commissionerKind).isEqualTo(CommissionerKind.NHS_ENGLAND);
    assertThat(rules.sharedOn(date).stream().map(rule -> rule.commissionerKind.name()).toList())
        .isEqualTo(shared.isEmpty() ? List.of() : List.of(shared));
    if (ccgAllowed) {
      assertThatCode(() -> rules.requireAllowed(CommissionerKind.CCG, date))
          .doesNotThrowAnyException();
      assertThat(WhoCommissionsWhat.describe(rules.on(date)))
          .isEqualTo("NHS England or a CCG (delegated)");
    } else {
      assertThatThrownBy(() -> rules.requireAllowed(CommissionerKind.CCG, date))
          .hasMessage(
              "On 2015-03-31 general practice (primary medical services) is commissioned by NHS"
                  + " England, not by a CCG");
    }
    assertThatThrownBy(() -> rules.requireAllowed(CommissionerKind.LOCAL_AUTHORITY, date))
        .hasMessageEndingWith(", not by a local authority");
  }

  @ParameterizedTest(name = "a rule valid until 2020-04-01 is in force on {0}: {1}")
  @CsvSource({
    "2019-03-31, false",
    "2019-04-01, true",
    "2020-03-31, true",
    "2020-04-01, false",
  })
  void a_rule_is_in_force_from_its_first_day_until_the_day_before_its_end(
      LocalDate date, boolean inForce) {
    CommissioningRule rule =
        rule(
            "PHARMACY",
            CommissionerKind.CCG,
            Arrangement.JOINT,
            LocalDate.of(2019, 4, 1),
            LocalDate.of(2020, 4, 1));
    assertThat(WhoCommissionsWhat.inForce(rule, date)).isEqualTo(inForce);
    WhoCommissionsWhat rules =
        new WhoCommissionsWhat(
            category("PHARMACY"),
            List.of(
                rule,
                rule("PHARMACY", CommissionerKind.NHS_ENGLAND, Arrangement.DIRECT, FROM, null)));
    assertThat(rules.on(date).stream().map(r -> r.commissionerKind).toList())
        .isEqualTo(
            inForce
                ? List.of(CommissionerKind.NHS_ENGLAND, CommissionerKind.CCG)
                : List.of(CommissionerKind.NHS_ENGLAND));
  }

  @ParameterizedTest(name = "a category without rules: {0}")
  @CsvSource({"2013-04-01", "2030-01-01"})
  void a_category_without_any_rule_names_no_first_date(LocalDate date) {
    WhoCommissionsWhat rules = new WhoCommissionsWhat(category("DENTISTRY"), List.of());
    assertThatThrownBy(() -> rules.directOn(date))
        .hasMessage("No rule says who commissions dentistry on " + date);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CCGs delegated general practice from 2015 | CCG | DELEGATED | 2015-04-01 | | ",
        "local authorities jointly, for a while | LOCAL_AUTHORITY | JOINT | 2016-04-01 | 2018-04-01 | ",
        "NHS England again from 2013, overlapping its own rule | NHS_ENGLAND | DIRECT | 2014-01-01 | |"
            + " Rule 1 already lets NHS England commission general practice (primary medical"
            + " services) from 2013-04-01; rules of one kind of commissioner must not overlap",
        "CCGs directly: a second direct commissioner | CCG | DIRECT | 2015-04-01 | |"
            + " NHS England answers directly for general practice (primary medical services) from"
            + " 2013-04-01 (rule 1); another kind may hold it only as DELEGATED or JOINT",
        "CCGs directly before the settlement, ending on its first day | CCG | DIRECT | 2012-04-01 |"
            + " 2013-04-01 | ",
      })
  void a_later_rule_must_fit_beside_the_existing_ones(
      String scenario,
      CommissionerKind kind,
      Arrangement arrangement,
      LocalDate from,
      LocalDate to,
      String conflict) {
    CommissioningRule settled =
        rule("GENERAL_PRACTICE", CommissionerKind.NHS_ENGLAND, Arrangement.DIRECT, FROM, null);
    settled.id = 1L;
    WhoCommissionsWhat rules =
        new WhoCommissionsWhat(category("GENERAL_PRACTICE"), List.of(settled));
    if (conflict == null) {
      assertThatCode(() -> rules.requireRoomFor(kind, arrangement, from, to))
          .doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> rules.requireRoomFor(kind, arrangement, from, to))
          .isInstanceOfSatisfying(
              ProblemException.class,
              problem -> {
                assertThat(problem.type()).isEqualTo(ProblemType.CONFLICT);
                assertThat(problem.getMessage()).isEqualTo(conflict.strip());
              });
    }
  }
}
