package org.landscape.commissioning.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.GoverningBodyIndependenceRule;
import org.landscape.commissioning.domain.Rule;
import org.landscape.hwb.api.BoardStage;
import org.landscape.hwb.api.BoardView;
import org.landscape.hwb.api.CcgRepresentativeView;
import org.landscape.practice.api.OpenPracticeMembership;
import org.landscape.practice.api.PracticeStatus;

/** Each invariant on its own, over a small landscape, with no false alarm where all is well. */
class ConsistencyChecksTest {

  static final LocalDate DATE = LocalDate.of(2015, 6, 1);
  static final String NEWCASTLE = "E08000021";
  static final String GATESHEAD = "E08000037";

  static CcgLookup.Result ccg(String code, String open, String close, String... councils) {
    return new CcgLookup.Result(
        code,
        true,
        "NHS " + code,
        null,
        false,
        LocalDate.parse(open),
        close == null ? null : LocalDate.parse(close),
        java.util.Arrays.stream(councils)
            .map(c -> new CcgLookup.Authority(c, null, null))
            .toList());
  }

  static final Map<String, CcgLookup.Result> REGISTER =
      Map.of(
          "00G", ccg("00G", "2013-04-01", "2015-04-01", NEWCASTLE),
          "13T", ccg("13T", "2015-04-01", null, NEWCASTLE, GATESHEAD),
          "99X", CcgLookup.Result.unknown("99X"));

  static ConsistencyChecks checks() {
    return new ConsistencyChecks(DATE, REGISTER, Set.of(NEWCASTLE, GATESHEAD));
  }

  static Contract contract(String reference, CommissionerKind kind, String commissioner) {
    Contract contract = new Contract();
    contract.reference = reference;
    contract.commissionerKind = kind;
    contract.commissionerCode = commissioner;
    return contract;
  }

  @Test
  void aConsistentLandscapeHasNoViolation() {
    ConsistencyChecks checks = checks();
    checks.practices(List.of(openPractice("A86001", "13T")));
    checks.boards(
        List.of(board(NEWCASTLE), board(GATESHEAD)),
        List.of(seat(NEWCASTLE, "13T", "Dr N"), seat(GATESHEAD, "13T", "Dr G")));
    checks.contracts(
        List.of(
            contract("C-1", CommissionerKind.CCG, "13T"),
            contract("C-2", CommissionerKind.LOCAL_AUTHORITY, NEWCASTLE)));
    assertThat(checks.violations()).isEmpty();
  }

  @Test
  void fromJuly2022EachPracticeIsInASubIcbLocationOfAnIcb() {
    LocalDate icbEra = LocalDate.of(2022, 7, 1);
    CcgLookup.Result location =
        new CcgLookup.Result(
            "16C",
            true,
            "NHS NORTH EAST AND NORTH CUMBRIA ICB - 16C",
            null,
            true,
            LocalDate.parse("2020-04-01"),
            null,
            List.of(),
            null,
            org.landscape.ccg.api.CommissionerKind.SUB_ICB_LOCATION,
            new CcgLookup.CodeAndName("QHM", "NHS North East and North Cumbria ICB"));
    CcgLookup.Result withoutIcb = ccg("Q9G7P", "2020-04-01", null);
    ConsistencyChecks checks =
        new ConsistencyChecks(
            icbEra, Map.of("16C", location, "Q9G7P", withoutIcb), Set.of(NEWCASTLE));
    checks.practices(List.of(openPractice("A1", "16C"), openPractice("A2", "Q9G7P")));
    assertThat(checks.violations())
        .extracting(Violation::rule, violation -> violation.records().get("practice"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.PRACTICE_OUTSIDE_ICB, "A2"));
  }

  @Test
  void practicesWithoutAnOperationalKnownCcgAreListed() {
    ConsistencyChecks checks = checks();
    checks.practices(
        List.of(
            openPractice("A1", null),
            openPractice("A2", "00G"),
            openPractice("A3", "99X"),
            openPractice("A4", "98Q")));
    assertThat(checks.violations())
        .extracting(Violation::rule, v -> v.records().get("practice"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Rule.OPEN_PRACTICE_WITHOUT_CCG, "A1"),
            org.assertj.core.groups.Tuple.tuple(Rule.PRACTICE_IN_NON_OPERATIONAL_CCG, "A2"),
            org.assertj.core.groups.Tuple.tuple(Rule.UNKNOWN_CCG, "A3"),
            org.assertj.core.groups.Tuple.tuple(Rule.UNKNOWN_CCG, "A4"));
  }

  @Test
  void boardsMissingARelevantCcgOrSeatingAnIrrelevantOneAreListed() {
    ConsistencyChecks checks = checks();
    checks.boards(
        List.of(board(NEWCASTLE), board(GATESHEAD)), List.of(seat(NEWCASTLE, "00G", "Dr Lapsed")));
    assertThat(checks.violations())
        .extracting(Violation::rule, v -> v.records().get("board"), v -> v.records().get("ccg"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                Rule.RELEVANT_CCG_NOT_REPRESENTED, NEWCASTLE, "13T"),
            org.assertj.core.groups.Tuple.tuple(
                Rule.RELEVANT_CCG_NOT_REPRESENTED, GATESHEAD, "13T"),
            org.assertj.core.groups.Tuple.tuple(
                Rule.REPRESENTATIVE_OF_IRRELEVANT_CCG, NEWCASTLE, "00G"));
  }

  @Test
  void activeContractsOfClosedOrUnknownCommissionersAreListed() {
    ConsistencyChecks checks = checks();
    checks.contracts(
        List.of(
            contract("C-closed", CommissionerKind.CCG, "00G"),
            contract("C-unknown", CommissionerKind.CCG, "97Z"),
            contract("C-council", CommissionerKind.LOCAL_AUTHORITY, "E06999999"),
            contract("C-nhse", CommissionerKind.NHS_ENGLAND, "X24")));
    assertThat(checks.violations())
        .extracting(Violation::rule, v -> v.records().get("contract"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Rule.CONTRACT_COMMISSIONER_NOT_OPERATIONAL, "C-closed"),
            org.assertj.core.groups.Tuple.tuple(Rule.UNKNOWN_CCG, "C-unknown"),
            org.assertj.core.groups.Tuple.tuple(Rule.UNKNOWN_COUNCIL, "C-council"));
  }

  @Test
  void aNurseEmployedByAProviderOfTheirCcgIsListedWithTheSeatProviderAndContract() {
    ConsistencyChecks checks = checks();
    Contract withRtd = contract("C-RTD", CommissionerKind.CCG, "13T");
    withRtd.providerCode = "RTD";
    withRtd.status = org.landscape.commissioning.domain.ContractStatus.ACTIVE;
    withRtd.startDate = LocalDate.of(2015, 4, 1);
    withRtd.endDate = LocalDate.of(2017, 4, 1);
    checks.independence(
        List.of(
            new GoverningBodyIndependenceRule.Seat(
                41,
                "13T",
                "Nina Nurse",
                Set.of("REGISTERED_NURSE"),
                LocalDate.of(2015, 4, 1),
                null,
                "RTD"),
            new GoverningBodyIndependenceRule.Seat(
                42, "13T", "Dr Gail GP", Set.of("GP"), LocalDate.of(2015, 4, 1), null, "RTD")),
        List.of(withRtd));
    assertThat(checks.violations())
        .extracting(Violation::rule, Violation::records)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Rule.CLINICIAN_EMPLOYED_BY_CONTRACTED_PROVIDER,
                Map.of("ccg", "13T", "seat", "41", "provider", "RTD", "contract", "C-RTD")));
    assertThat(checks.violations().getFirst().detail())
        .contains("Nina Nurse", "REGISTERED_NURSE", "RTD", "C-RTD", "13T");
  }

  @Test
  void anAreaOnAnUnknownCouncilIsListed() {
    ConsistencyChecks checks =
        new ConsistencyChecks(
            DATE,
            Map.of("13T", ccg("13T", "2015-04-01", null, NEWCASTLE, "E08999999")),
            Set.of(NEWCASTLE));
    assertThat(checks.violations())
        .extracting(Violation::rule, v -> v.records().get("council"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.UNKNOWN_COUNCIL, "E08999999"));
  }

  /**
   * A practice open on the date, and its CCG then (none when null), as practice-service lists it.
   */
  private static OpenPracticeMembership openPractice(String code, String ccgCode) {
    return new OpenPracticeMembership(
        code, PracticeStatus.ACTIVE, ccgCode, ccgCode == null ? null : LocalDate.of(2013, 4, 1));
  }

  /** A statutory board valid on the date, as hwb-service lists it. */
  private static BoardView board(String code) {
    return new BoardView(
        code,
        "Board " + code,
        LocalDate.of(2012, 4, 1),
        LocalDate.of(2013, 4, 1),
        LocalDate.of(2012, 4, 1),
        null,
        BoardStage.STATUTORY);
  }

  /** A board seat held for a CCG on the date, as hwb-service lists it. */
  private static CcgRepresentativeView seat(String boardCode, String ccgCode, String person) {
    return new CcgRepresentativeView(boardCode, ccgCode, person, LocalDate.of(2013, 4, 1));
  }
}
