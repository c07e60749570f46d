package org.landscape.commissioning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.landscape.commissioning.domain.Settlement.category;
import static org.landscape.commissioning.domain.Settlement.whoCommissions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;

/** "Who pays?" for every basis and category, and each question the facts cannot answer. */
class WhoPaysTest {

  static final LocalDate DATE = LocalDate.of(2014, 1, 1);
  static final String KENT = "E10000016";
  static final String ASHFORD = "E07000105";
  static final String NEWCASTLE = "E08000021";
  static final String RUTLAND = "E06000017";
  static final String NOWHERE = "E06000999";

  /** What the peers know in these scenarios; records what was asked. */
  static final class Peers implements WhoPays.Facts {
    final Map<String, WhoPays.Practice> practices = new HashMap<>();
    final Map<String, String> ccgNames = new HashMap<>();
    final Map<String, List<WhoPays.Candidate>> covering = new HashMap<>();
    final Map<String, Council> councils = new HashMap<>();
    final Map<String, WhoPays.Icb> icbs = new HashMap<>();
    final List<String> asked = new ArrayList<>();

    Peers() {
      practices.put("A81001", new WhoPays.Practice("A81001", "00K"));
      practices.put("Y99999", new WhoPays.Practice("Y99999", null));
      ccgNames.put("00K", "NHS Hartlepool and Stockton-on-Tees CCG");
      covering.put(ASHFORD, List.of(ccg("09C", "NHS Ashford CCG", null)));
      covering.put(
          KENT,
          List.of(
              ccg("99J", "NHS West Kent CCG", "0.30"),
              ccg("09C", "NHS Ashford CCG", null),
              ccg("09E", "NHS Canterbury and Coastal CCG", "0.30"),
              ccg("09W", "NHS Medway CCG", "0.40")));
      councils.put(KENT, new Council(KENT, "Kent", true, null, null));
      councils.put(ASHFORD, new Council(ASHFORD, "Ashford", false, KENT, null));
      councils.put(NEWCASTLE, new Council(NEWCASTLE, null, true, null, null));
      councils.put("E07000001", new Council("E07000001", "Lost District", false, null, null));
      councils.put(
          "E07000002", new Council("E07000002", "Orphan District", false, "E10000099", null));
      icbs.put("00K", new WhoPays.Icb("QHM", "NHS North East and North Cumbria ICB"));
      icbs.put("09C", new WhoPays.Icb("QKS", "NHS Kent and Medway ICB"));
      icbs.put("09E", new WhoPays.Icb("QKS", "NHS Kent and Medway ICB"));
      icbs.put("09W", new WhoPays.Icb("QKS", "NHS Kent and Medway ICB"));
      icbs.put("99J", new WhoPays.Icb("QKS", "NHS Kent and Medway ICB"));
    }

    @Override
    public Map<String, WhoPays.Icb> icbsOf(Collection<String> locationCodes, LocalDate date) {
      asked.add("icbs " + String.join(",", locationCodes));
      Map<String, WhoPays.Icb> found = new HashMap<>();
      locationCodes.stream()
          .filter(icbs::containsKey)
          .forEach(code -> found.put(code, icbs.get(code)));
      return found;
    }

    @Override
    public Optional<WhoPays.Practice> practice(String code, LocalDate date) {
      asked.add("practice " + code);
      return Optional.ofNullable(practices.get(code));
    }

    @Override
    public String ccgName(String code, LocalDate date) {
      asked.add("ccg " + code);
      return ccgNames.get(code);
    }

    @Override
    public List<WhoPays.Candidate> covering(String authorityCode, LocalDate date) {
      asked.add("covering " + authorityCode);
      return covering.getOrDefault(authorityCode, List.of());
    }

    @Override
    public Optional<Council> council(String code, LocalDate date) {
      asked.add("council " + code);
      return Optional.ofNullable(councils.get(code));
    }
  }

  static WhoPays.Candidate ccg(String code, String name, String share) {
    return new WhoPays.Candidate(
        CommissionerKind.CCG, code, name, share == null ? null : new BigDecimal(share));
  }

  static WhoPaysQuestion byPractice(String category, String practice) {
    return new WhoPaysQuestion(category, DATE, practice, null, null);
  }

  static WhoPaysQuestion byResidence(String category, String council) {
    return new WhoPaysQuestion(category, DATE, null, council, null);
  }

  static WhoPaysQuestion byPresence(String category, String council) {
    return new WhoPaysQuestion(category, DATE, null, null, council);
  }

  static WhoPays.Answer decide(WhoPaysQuestion question, Peers peers) {
    question.requireSomeWhereabouts();
    return WhoPays.decide(whoCommissions(question.category()), question, peers);
  }

  static WhoPays.Answer decide(WhoPaysQuestion question) {
    return decide(question, new Peers());
  }

  static void assertProblem(Runnable decision, ProblemType type, String detail, String... fields) {
    assertThatThrownBy(decision::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(type);
              assertThat(problem.getMessage()).isEqualTo(detail);
              assertThat(problem.errors().stream().map(FieldViolation::field).toList())
                  .containsExactly(fields);
            });
  }

  static String capitalised(String code) {
    String name = category(code).name;
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static Stream<String> nationalCategories() {
    return Settlement.codesOf(CommissionerKind.NHS_ENGLAND);
  }

  static Stream<String> councilCategories() {
    return Settlement.codesOf(CommissionerKind.LOCAL_AUTHORITY);
  }

  static Stream<String> registrationCategories() {
    return Settlement.codesOf(CommissionerKind.CCG)
        .filter(code -> category(code).ccgResponsibility == CcgResponsibility.REGISTRATION);
  }

  static Stream<Arguments> nationalCategoriesWhatever() {
    return nationalCategories()
        .flatMap(
            code ->
                Stream.of(
                    Arguments.of(code, byPractice(code, "A81001")),
                    Arguments.of(code, byResidence(code, ASHFORD)),
                    Arguments.of(code, byPresence(code, NEWCASTLE))));
  }

  @ParameterizedTest(name = "{0}, asked as {1}: NHS England pays, whoever the patient is")
  @MethodSource("nationalCategoriesWhatever")
  void nhs_england_pays_for_its_categories_whatever_the_patient(
      String code, WhoPaysQuestion question) {
    Peers peers = new Peers();
    WhoPays.Answer answer = decide(question, peers);
    assertThat(answer.resolved()).isTrue();
    assertThat(answer.commissioner())
        .isEqualTo(new WhoPays.Payer(CommissionerKind.NHS_ENGLAND, "X24", "NHS England"));
    assertThat(answer.basis()).isEqualTo(ResponsibilityBasis.NATIONAL_COMMISSIONER);
    assertThat(answer.category()).isEqualTo(code);
    assertThat(answer.date()).isEqualTo(DATE);
    assertThat(answer.rule().commissionerKind).isEqualTo(CommissionerKind.NHS_ENGLAND);
    assertThat(answer.candidates()).isEmpty();
    assertThat(answer.explanation())
        .isEqualTo(
            capitalised(code)
                + " is commissioned by NHS England, whoever the patient is and wherever they are"
                + " registered or live.");
    assertThat(peers.asked).as("no peer is asked").isEmpty();
  }

  @ParameterizedTest(name = "general practice on {0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2015-03-31 | NHS England alone",
        "2015-04-01 | NHS England, CCGs also (delegated)",
      })
  void the_explanation_names_who_else_may_commission_a_national_category(
      LocalDate date, String scenario) {
    WhoPays.Answer answer =
        decide(new WhoPaysQuestion("GENERAL_PRACTICE", date, "A81001", null, null));
    assertThat(answer.commissioner().code()).isEqualTo("X24");
    String principle =
        "General practice (primary medical services) is commissioned by NHS England, whoever the"
            + " patient is and wherever they are registered or live.";
    assertThat(answer.explanation())
        .isEqualTo(
            date.isBefore(Settlement.CO_COMMISSIONING)
                ? principle
                : principle + " A CCG may also commission it (delegated, from 2015-04-01).");
  }

  static Stream<Arguments> councilCases() {
    return councilCategories()
        .flatMap(
            code ->
                Stream.of(
                    Arguments.of(
                        code,
                        "an upper-tier council",
                        KENT,
                        KENT,
                        "Kent",
                        "E10000016 (Kent) is one."),
                    Arguments.of(
                        code,
                        "an upper-tier council hwb-service does not name",
                        NEWCASTLE,
                        NEWCASTLE,
                        null,
                        "E08000021 is one."),
                    Arguments.of(
                        code,
                        "a district: its county pays",
                        ASHFORD,
                        KENT,
                        "Kent",
                        "E07000105 (Ashford) is a district, so its county E10000016 (Kent) pays."),
                    Arguments.of(
                        code,
                        "a district whose county hwb-service does not know",
                        "E07000002",
                        "E10000099",
                        null,
                        "E07000002 (Orphan District) is a district, so its county E10000099"
                            + " pays.")));
  }

  @ParameterizedTest(name = "{0}, patient living in {1}")
  @MethodSource("councilCases")
  void the_upper_tier_council_where_the_patient_lives_pays_for_its_categories(
      String code,
      String scenario,
      String residence,
      String payerCode,
      String payerName,
      String because) {
    WhoPays.Answer answer = decide(byResidence(code, residence));
    assertThat(answer.resolved()).isTrue();
    assertThat(answer.basis()).isEqualTo(ResponsibilityBasis.UPPER_TIER_COUNCIL);
    assertThat(answer.commissioner())
        .isEqualTo(new WhoPays.Payer(CommissionerKind.LOCAL_AUTHORITY, payerCode, payerName));
    assertThat(answer.explanation())
        .isEqualTo(
            capitalised(code)
                + " is commissioned by the upper-tier council where the patient lives, whoever"
                + " their GP is: "
                + because);
  }

  static Stream<Arguments> councilRefusals() {
    return councilCategories()
        .flatMap(
            code ->
                Stream.of(
                    Arguments.of(
                        code,
                        "the patient's GP practice, not where they live",
                        byPractice(code, "A81001"),
                        ProblemType.VALIDATION_FAILED,
                        "residence: is needed: "
                            + category(code).name
                            + " is commissioned by the upper-tier council where the patient lives",
                        new String[] {"residence"}),
                    Arguments.of(
                        code,
                        "where they are, not where they live",
                        byPresence(code, KENT),
                        ProblemType.VALIDATION_FAILED,
                        "residence: is needed: "
                            + category(code).name
                            + " is commissioned by the upper-tier council where the patient lives",
                        new String[] {"residence"}),
                    Arguments.of(
                        code,
                        "a council hwb-service does not know",
                        byResidence(code, NOWHERE),
                        ProblemType.UNPROCESSABLE,
                        "hwb-service knows no local authority E06000999 on 2014-01-01",
                        new String[0]),
                    Arguments.of(
                        code,
                        "a district whose county is not named",
                        byResidence(code, "E07000001"),
                        ProblemType.UNPROCESSABLE,
                        "E07000001 (Lost District) is a district whose county hwb-service does"
                            + " not name",
                        new String[0])));
  }

  @ParameterizedTest(name = "{0}, given {1}: refused")
  @MethodSource("councilRefusals")
  void a_council_category_needs_a_known_residence_with_an_upper_tier(
      String code,
      String scenario,
      WhoPaysQuestion question,
      ProblemType type,
      String detail,
      String[] fields) {
    assertProblem(() -> decide(question), type, detail, fields);
  }

  @ParameterizedTest(name = "{0}: a registered patient's practice's CCG pays")
  @MethodSource("registrationCategories")
  void the_ccg_of_the_practice_pays_for_a_registered_patient(String code) {
    Peers peers = new Peers();
    WhoPays.Answer answer = decide(byPractice(code, "A81001"), peers);
    assertThat(answer.resolved()).isTrue();
    assertThat(answer.basis()).isEqualTo(ResponsibilityBasis.REGISTERED_PRACTICE);
    assertThat(answer.commissioner())
        .isEqualTo(
            new WhoPays.Payer(
                CommissionerKind.CCG, "00K", "NHS Hartlepool and Stockton-on-Tees CCG"));
    assertThat(answer.rule().commissionerKind).isEqualTo(CommissionerKind.CCG);
    assertThat(answer.explanation())
        .isEqualTo(
            capitalised(code)
                + " is commissioned by CCGs, and a registered patient is the responsibility of the"
                + " CCG of their practice on the date of care: practice A81001 belonged to CCG 00K"
                + " (NHS Hartlepool and Stockton-on-Tees CCG) on 2014-01-01.");
    assertThat(peers.asked).containsExactly("practice A81001", "ccg 00K");
  }

  @ParameterizedTest(name = "{0}: the practice's CCG, unnamed by ccg-service, is given by code")
  @MethodSource("registrationCategories")
  void a_practice_ccg_without_a_name_is_named_by_its_code(String code) {
    Peers peers = new Peers();
    peers.ccgNames.clear();
    WhoPays.Answer answer = decide(byPractice(code, "A81001"), peers);
    assertThat(answer.commissioner())
        .isEqualTo(new WhoPays.Payer(CommissionerKind.CCG, "00K", null));
    assertThat(answer.explanation()).endsWith("practice A81001 belonged to CCG 00K on 2014-01-01.");
  }

  @ParameterizedTest(name = "{0}: an unregistered patient's CCG of residence pays")
  @MethodSource("registrationCategories")
  void the_ccg_where_an_unregistered_patient_lives_pays(String code) {
    WhoPays.Answer answer = decide(byResidence(code, ASHFORD));
    assertThat(answer.resolved()).isTrue();
    assertThat(answer.basis()).isEqualTo(ResponsibilityBasis.USUAL_RESIDENCE);
    assertThat(answer.commissioner())
        .isEqualTo(new WhoPays.Payer(CommissionerKind.CCG, "09C", "NHS Ashford CCG"));
    assertThat(answer.explanation())
        .isEqualTo(
            capitalised(code)
                + " is commissioned by CCGs, and a patient registered with no practice is the"
                + " responsibility of the CCG where they usually live. On 2014-01-01 E07000105 is"
                + " covered by one CCG, 09C (NHS Ashford CCG).");
  }

  @ParameterizedTest(name = "{0}: a council covered by several CCGs leaves it unresolved")
  @MethodSource("registrationCategories")
  void several_ccgs_covering_the_residence_are_candidates_largest_share_first(String code) {
    WhoPays.Answer answer = decide(byResidence(code, KENT));
    assertThat(answer.resolved()).isFalse();
    assertThat(answer.commissioner()).isNull();
    assertThat(answer.basis()).isEqualTo(ResponsibilityBasis.USUAL_RESIDENCE);
    assertThat(answer.candidates().stream().map(WhoPays.Candidate::code))
        .as("largest share first, equal shares by code, unknown shares last")
        .containsExactly("09W", "09E", "99J", "09C");
    assertThat(answer.explanation())
        .endsWith(
            " On 2014-01-01 E10000016 is covered by 4 CCGs, and the council alone does not say"
                + " which of them covers the patient's place: the candidates are listed with the"
                + " share of the council each covers.");
  }

  static Stream<Arguments> ccgRefusals() {
    return registrationCategories()
        .flatMap(
            code ->
                Stream.of(
                    Arguments.of(
                        code,
                        "an unknown practice",
                        byPractice(code, "Z00000"),
                        ProblemType.UNPROCESSABLE,
                        "practice-service knows no GP practice Z00000",
                        new String[0]),
                    Arguments.of(
                        code,
                        "a practice in no CCG on the date",
                        byPractice(code, "Y99999"),
                        ProblemType.UNPROCESSABLE,
                        "Practice Y99999 belonged to no CCG on 2014-01-01, so its registration"
                            + " cannot decide who pays; give residence instead",
                        new String[0]),
                    Arguments.of(
                        code,
                        "a residence no CCG covers on the date",
                        byResidence(code, RUTLAND),
                        ProblemType.UNPROCESSABLE,
                        "ccg-service knows no CCG covering local authority E06000017 on"
                            + " 2014-01-01",
                        new String[0]),
                    Arguments.of(
                        code,
                        "only where the patient is present",
                        byPresence(code, KENT),
                        ProblemType.VALIDATION_FAILED,
                        "registeredPractice: or residence is needed: "
                            + category(code).name
                            + " is commissioned by the CCG of the patient's practice, or of where"
                            + " an unregistered patient lives",
                        new String[] {"registeredPractice"})));
  }

  @ParameterizedTest(name = "{0}, given {1}: refused")
  @MethodSource("ccgRefusals")
  void a_registration_category_cannot_be_decided_without_a_ccg(
      String code,
      String scenario,
      WhoPaysQuestion question,
      ProblemType type,
      String detail,
      String[] fields) {
    assertProblem(() -> decide(question), type, detail, fields);
  }

  @ParameterizedTest(name = "urgent and emergency care, patient present in {0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "E07000105 | true | 09C",
        "E10000016 | false | ",
      })
  void the_ccg_where_the_patient_is_pays_for_urgent_and_emergency_care(
      String presentIn, boolean resolved, String payer) {
    WhoPays.Answer answer = decide(byPresence("URGENT_AND_EMERGENCY_CARE", presentIn));
    assertThat(answer.basis()).isEqualTo(ResponsibilityBasis.PRESENCE);
    assertThat(answer.resolved()).isEqualTo(resolved);
    assertThat(answer.commissioner() == null ? null : answer.commissioner().code())
        .isEqualTo(payer);
    assertThat(answer.candidates()).hasSize(resolved ? 0 : 4);
    assertThat(answer.explanation())
        .startsWith(
            "Urgent and emergency care is commissioned by the CCG where the patient is present,"
                + " whether or not they are registered there or live there. On 2014-01-01 "
                + presentIn
                + " is covered by ");
  }

  @ParameterizedTest(name = "urgent and emergency care, given {0}: refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "the patient's practice | A81001 | | | VALIDATION_FAILED | presentIn: is needed: urgent and"
            + " emergency care is commissioned by the CCG where the patient is",
        "where the patient lives | | E07000105 | | VALIDATION_FAILED | presentIn: is needed: urgent"
            + " and emergency care is commissioned by the CCG where the patient is",
        "a place no CCG covers | | | E06000017 | UNPROCESSABLE | ccg-service knows no CCG covering"
            + " local authority E06000017 on 2014-01-01",
      })
  void urgent_and_emergency_care_needs_where_the_patient_is(
      String scenario,
      String practice,
      String residence,
      String presentIn,
      ProblemType type,
      String detail) {
    WhoPaysQuestion question =
        new WhoPaysQuestion("URGENT_AND_EMERGENCY_CARE", DATE, practice, residence, presentIn);
    assertProblem(
        () -> decide(question),
        type,
        detail,
        type == ProblemType.VALIDATION_FAILED ? new String[] {"presentIn"} : new String[0]);
  }

  static Stream<Arguments> everyCategory() {
    return Settlement.everyCategory();
  }

  @ParameterizedTest(name = "{0} on the day before the settlement: no rule decides")
  @MethodSource("everyCategory")
  void before_the_settlement_nobody_can_be_said_to_pay(String code, CommissionerKind kind) {
    Peers peers = new Peers();
    WhoPaysQuestion question =
        new WhoPaysQuestion(code, LocalDate.of(2013, 3, 31), null, KENT, null);
    assertProblem(
        () -> decide(question, peers),
        ProblemType.RULE_VIOLATED,
        "No rule says who commissions "
            + category(code).name
            + " on 2013-03-31 (its rules begin on 2013-04-01)");
    assertThat(peers.asked).isEmpty();
  }

  @ParameterizedTest(name = "whereabouts given: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "none | | | | true",
        "practice and residence | A81001 | E07000105 | | false",
        "all three | A81001 | E07000105 | E10000016 | false",
        "practice only | A81001 | | | false",
        "residence only | | E07000105 | | false",
        "presence only | | | E10000016 | false",
      })
  void a_question_gives_at_least_one_of_the_patients_whereabouts(
      String scenario, String practice, String residence, String presentIn, boolean refused) {
    WhoPaysQuestion question =
        new WhoPaysQuestion("DENTISTRY", DATE, practice, residence, presentIn);
    if (!refused) {
      assertThatCode(question::requireSomeWhereabouts).doesNotThrowAnyException();
      return;
    }
    assertThatThrownBy(question::requireSomeWhereabouts)
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
              assertThat(problem.errors())
                  .extracting(FieldViolation::field)
                  .containsExactly("presentIn", "registeredPractice", "residence");
              assertThat(problem.errors())
                  .extracting(FieldViolation::message)
                  .containsOnly("give at least one of registeredPractice, residence or presentIn");
            });
  }

  @ParameterizedTest(name = "{0}, given practice {1}, residence {2}, presence {3}: {4} decides")
  @CsvSource(
      delimiter = '|',
      value = {
        "ELECTIVE_HOSPITAL_CARE | A81001 | E07000105 | E10000016 | REGISTERED_PRACTICE | 00K",
        "ELECTIVE_HOSPITAL_CARE | | E07000105 | E10000016 | USUAL_RESIDENCE | 09C",
        "ELECTIVE_HOSPITAL_CARE | Y99999 | E07000105 | | USUAL_RESIDENCE | 09C",
        "URGENT_AND_EMERGENCY_CARE | A81001 | E10000016 | E07000105 | PRESENCE | 09C",
        "PUBLIC_HEALTH | A81001 | E07000105 | E08000021 | UPPER_TIER_COUNCIL | E10000016",
        "DENTISTRY | A81001 | E07000105 | E08000021 | NATIONAL_COMMISSIONER | X24",
      })
  void every_fact_known_at_once_and_the_category_rule_picks_the_one_that_decides(
      String category,
      String practice,
      String residence,
      String presentIn,
      ResponsibilityBasis basis,
      String payer) {
    WhoPays.Answer answer =
        decide(new WhoPaysQuestion(category, DATE, practice, residence, presentIn));
    assertThat(answer.basis()).isEqualTo(basis);
    assertThat(answer.commissioner().code()).isEqualTo(payer);
  }

  static final LocalDate ICB_DAY = LocalDate.of(2023, 1, 1);

  @ParameterizedTest(name = "{0} from 2022-07-01: the ICB of the practice's sub-ICB location pays")
  @MethodSource("registrationCategories")
  void from_july_2022_the_icb_of_the_practice_sub_icb_location_pays(String code) {
    Peers peers = new Peers();
    peers.ccgNames.put("00K", "NHS NORTH EAST AND NORTH CUMBRIA ICB - 00K");
    WhoPays.Answer answer = decide(new WhoPaysQuestion(code, ICB_DAY, "A81001", null, null), peers);
    assertThat(answer.resolved()).isTrue();
    assertThat(answer.basis()).isEqualTo(ResponsibilityBasis.REGISTERED_PRACTICE);
    assertThat(answer.rule().commissionerKind).isEqualTo(CommissionerKind.ICB);
    assertThat(answer.commissioner())
        .isEqualTo(
            new WhoPays.Payer(CommissionerKind.ICB, "QHM", "NHS North East and North Cumbria ICB"));
    assertThat(answer.explanation())
        .isEqualTo(
            capitalised(code)
                + " is commissioned by ICBs, and a registered patient is the responsibility of the"
                + " ICB of their practice's sub-ICB location on the date of care: practice A81001"
                + " belonged to sub-ICB location 00K (NHS NORTH EAST AND NORTH CUMBRIA ICB - 00K)"
                + " of ICB QHM (NHS North East and North Cumbria ICB) on 2023-01-01.");
    assertThat(peers.asked).containsExactly("practice A81001", "ccg 00K", "icbs 00K");
  }

  @ParameterizedTest(name = "{0} on 2022-06-30: still the CCG")
  @MethodSource("registrationCategories")
  void on_30_june_2022_the_ccg_still_pays(String code) {
    WhoPays.Answer answer =
        decide(new WhoPaysQuestion(code, LocalDate.of(2022, 6, 30), "A81001", null, null));
    assertThat(answer.commissioner().kind()).isEqualTo(CommissionerKind.CCG);
    assertThat(answer.commissioner().code()).isEqualTo("00K");
  }

  @Test
  void the_sub_icb_locations_covering_a_council_in_one_icb_resolve_to_that_icb() {
    WhoPays.Answer answer =
        decide(new WhoPaysQuestion("ELECTIVE_HOSPITAL_CARE", ICB_DAY, null, KENT, null));
    assertThat(answer.resolved()).isTrue();
    assertThat(answer.commissioner())
        .isEqualTo(new WhoPays.Payer(CommissionerKind.ICB, "QKS", "NHS Kent and Medway ICB"));
    assertThat(answer.explanation())
        .endsWith("On 2023-01-01 E10000016 is covered by one ICB, QKS (NHS Kent and Medway ICB).");
  }

  @Test
  void a_sub_icb_location_without_an_icb_cannot_decide() {
    Peers peers = new Peers();
    peers.icbs.remove("00K");
    assertProblem(
        () ->
            decide(
                new WhoPaysQuestion("ELECTIVE_HOSPITAL_CARE", ICB_DAY, "A81001", null, null),
                peers),
        ProblemType.UNPROCESSABLE,
        "ccg-service knows no ICB of sub-ICB location 00K on 2023-01-01");
  }

  @ParameterizedTest(
      name = "{0} from 2022-07-01: still NHS England, with the ICBs delegated from {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GENERAL_PRACTICE | 2022-07-01",
        "DENTISTRY | 2023-04-01",
        "PHARMACY | 2023-04-01",
        "PRIMARY_EYE_CARE | 2023-04-01",
      })
  void nhs_england_delegates_primary_care_to_every_icb(String code, LocalDate delegatedFrom) {
    WhoPays.Answer answer =
        decide(new WhoPaysQuestion(code, LocalDate.of(2024, 1, 1), "A81001", null, null));
    assertThat(answer.commissioner().code()).isEqualTo("X24");
    assertThat(answer.explanation())
        .endsWith(" An ICB may also commission it (delegated, from " + delegatedFrom + ").");
  }
}
