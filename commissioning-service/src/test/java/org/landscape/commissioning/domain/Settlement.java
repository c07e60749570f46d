package org.landscape.commissioning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The 2013 settlement as V2__who_commissions_what.sql seeds it: each service category, its name,
 * how a CCG's responsibility is found, and the kind that answers for it from 2013-04-01; and the
 * later rule the suite adds (CCGs co-commissioning general practice, delegated, from 2015-04-01).
 */
final class Settlement {

  private Settlement() {}

  static final LocalDate FROM = LocalDate.of(2013, 4, 1);
  static final LocalDate CO_COMMISSIONING = LocalDate.of(2015, 4, 1);
  static final LocalDate ICBS = LocalDate.of(2022, 7, 1);

  /** code, name, ccgResponsibility, the kind that answers directly. */
  static final String[][] CATEGORIES = {
    {"ELECTIVE_HOSPITAL_CARE", "elective hospital care", "REGISTRATION", "CCG"},
    {"REHABILITATION", "rehabilitation", "REGISTRATION", "CCG"},
    {"URGENT_AND_EMERGENCY_CARE", "urgent and emergency care", "PRESENCE", "CCG"},
    {"COMMUNITY_HEALTH_SERVICES", "community health services", "REGISTRATION", "CCG"},
    {
      "MENTAL_HEALTH_AND_LEARNING_DISABILITY",
      "mental health and learning disability services",
      "REGISTRATION",
      "CCG"
    },
    {"SPECIALIST_OBESITY_TIER_3", "specialist obesity services (tier 3)", "REGISTRATION", "CCG"},
    {
      "GENERAL_PRACTICE",
      "general practice (primary medical services)",
      "REGISTRATION",
      "NHS_ENGLAND"
    },
    {"PHARMACY", "pharmacy", "REGISTRATION", "NHS_ENGLAND"},
    {"DENTISTRY", "dentistry", "REGISTRATION", "NHS_ENGLAND"},
    {"PRIMARY_EYE_CARE", "primary eye care", "REGISTRATION", "NHS_ENGLAND"},
    {
      "SPECIALISED_SERVICES",
      "specialised services for rare conditions",
      "REGISTRATION",
      "NHS_ENGLAND"
    },
    {
      "LIFESTYLE_WEIGHT_MANAGEMENT_TIER_2",
      "lifestyle weight management (tier 2)",
      "REGISTRATION",
      "LOCAL_AUTHORITY"
    },
    {"PUBLIC_HEALTH", "public health", "REGISTRATION", "LOCAL_AUTHORITY"},
  };

  static ServiceCategory category(String code) {
    String[] row =
        Arrays.stream(CATEGORIES).filter(c -> c[0].equals(code)).findFirst().orElseThrow();
    ServiceCategory category = new ServiceCategory();
    category.code = row[0];
    category.name = row[1];
    category.description = row[1];
    category.ccgResponsibility = CcgResponsibility.valueOf(row[2]);
    return category;
  }

  static CommissionerKind settledKind(String code) {
    return Arrays.stream(CATEGORIES)
        .filter(c -> c[0].equals(code))
        .map(c -> CommissionerKind.valueOf(c[3]))
        .findFirst()
        .orElseThrow();
  }

  /** Category codes answered directly by the kind in 2013. */
  static Stream<String> codesOf(CommissionerKind kind) {
    return Arrays.stream(CATEGORIES)
        .filter(c -> CommissionerKind.valueOf(c[3]) == kind)
        .map(c -> c[0]);
  }

  static Stream<Arguments> everyCategory() {
    return Arrays.stream(CATEGORIES).map(c -> Arguments.of(c[0], CommissionerKind.valueOf(c[3])));
  }

  private static long ids = 1;

  static CommissioningRule rule(
      String category,
      CommissionerKind kind,
      Arrangement arrangement,
      LocalDate from,
      LocalDate to) {
    CommissioningRule rule = new CommissioningRule();
    rule.id = ids++;
    rule.categoryCode = category;
    rule.commissionerKind = kind;
    rule.arrangement = arrangement;
    rule.validFrom = from;
    rule.validTo = to;
    rule.note = "test";
    return rule;
  }

  /**
   * The seeded rules of the category (V2 and V4): the 2013 settlement, the CCGs' rules passing to
   * the ICBs on 2022-07-01 and the delegations to ICBs, with the co-commissioning rule for general
   * practice.
   */
  static List<CommissioningRule> rulesOf(String code) {
    List<CommissioningRule> rules = new ArrayList<>();
    CommissionerKind settled = settledKind(code);
    if (settled == CommissionerKind.CCG) {
      rules.add(rule(code, settled, Arrangement.DIRECT, FROM, ICBS));
      rules.add(rule(code, CommissionerKind.ICB, Arrangement.DIRECT, ICBS, null));
    } else {
      rules.add(rule(code, settled, Arrangement.DIRECT, FROM, null));
    }
    if (code.equals("GENERAL_PRACTICE")) {
      rules.add(rule(code, CommissionerKind.CCG, Arrangement.DELEGATED, CO_COMMISSIONING, ICBS));
      rules.add(rule(code, CommissionerKind.ICB, Arrangement.DELEGATED, ICBS, null));
    }
    if (List.of("PHARMACY", "PRIMARY_EYE_CARE", "DENTISTRY").contains(code)) {
      rules.add(
          rule(code, CommissionerKind.ICB, Arrangement.DELEGATED, LocalDate.of(2023, 4, 1), null));
    }
    return rules;
  }

  static WhoCommissionsWhat whoCommissions(String code) {
    return new WhoCommissionsWhat(category(code), rulesOf(code));
  }
}
