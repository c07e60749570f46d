package org.landscape.commissioning.consistency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.GoverningBodyIndependenceRule;
import org.landscape.commissioning.domain.Rule;
import org.landscape.hwb.api.BoardView;
import org.landscape.hwb.api.CcgRepresentativeView;
import org.landscape.hwb.api.IcbRepresentativeView;
import org.landscape.practice.api.OpenPracticeMembership;

/** The invariants, checked on one date over what each service holds. Pure: no I/O. */
final class ConsistencyChecks {

  private final LocalDate date;
  private final Map<String, CcgLookup.Result> ccgs;
  private final Set<String> councils;
  private final Map<String, Set<String>> relevantByCouncil = new TreeMap<>();
  private final List<Violation> violations = new ArrayList<>();

  /** {@code ccgs}: every CCG of the register, with the councils each covers on the date. */
  ConsistencyChecks(LocalDate date, Map<String, CcgLookup.Result> ccgs, Set<String> councils) {
    this.date = date;
    this.ccgs = ccgs;
    this.councils = councils;
    for (CcgLookup.Result ccg : ccgs.values()) {
      if (operational(ccg) && ccg.localAuthorities() != null) {
        ccg.localAuthorities()
            .forEach(
                area ->
                    relevantByCouncil
                        .computeIfAbsent(area.code(), c -> new TreeSet<>())
                        .add(ccg.code()));
        ccg.localAuthorities().stream()
            .filter(area -> !councils.contains(area.code()))
            .forEach(
                area ->
                    add(
                        Rule.UNKNOWN_COUNCIL,
                        "CCG "
                            + ccg.code()
                            + " covers "
                            + area.code()
                            + ", a council the register does not know",
                        Map.of("ccg", ccg.code(), "council", area.code())));
      }
    }
  }

  List<Violation> violations() {
    return violations;
  }

  void practices(List<OpenPracticeMembership> openPractices) {
    boolean icbEra = registerHoldsIcbs();
    for (OpenPracticeMembership practice : openPractices) {
      String code = practice.practiceCode();
      if (practice.ccgCode() == null) {
        add(
            Rule.OPEN_PRACTICE_WITHOUT_CCG,
            "Practice " + code + " is open on " + date + " but belongs to no CCG",
            Map.of("practice", code));
      } else if (!known(practice.ccgCode())) {
        add(
            Rule.UNKNOWN_CCG,
            "Practice "
                + code
                + " belongs to "
                + practice.ccgCode()
                + ", which the CCG register does not know",
            Map.of("practice", code, "ccg", practice.ccgCode()));
      } else if (!operational(ccgs.get(practice.ccgCode()))) {
        add(
            Rule.PRACTICE_IN_NON_OPERATIONAL_CCG,
            "Practice "
                + code
                + " belongs to "
                + practice.ccgCode()
                + ", which is not operational on "
                + date,
            Map.of("practice", code, "ccg", practice.ccgCode()));
      } else if (icbEra && ccgs.get(practice.ccgCode()).icb() == null) {
        add(
            Rule.PRACTICE_OUTSIDE_ICB,
            "Practice "
                + code
                + " belongs to "
                + practice.ccgCode()
                + ", which is not a sub-ICB location of an operational ICB on "
                + date,
            Map.of("practice", code, "ccg", practice.ccgCode()));
      }
    }
  }

  /** A board's relevant CCGs: operational on the date and covering part of its council. */
  void boards(List<BoardView> boards, List<CcgRepresentativeView> representatives) {
    Map<String, Set<String>> represented =
        representatives.stream()
            .collect(
                Collectors.groupingBy(
                    CcgRepresentativeView::boardCode,
                    Collectors.mapping(
                        CcgRepresentativeView::ccgCode, Collectors.toCollection(TreeSet::new))));
    for (BoardView board : boards) {
      for (String ccg : relevantByCouncil.getOrDefault(board.code(), Set.of())) {
        if (!represented.getOrDefault(board.code(), Set.of()).contains(ccg)) {
          add(
              Rule.RELEVANT_CCG_NOT_REPRESENTED,
              "Board "
                  + board.code()
                  + " has no representative of relevant CCG "
                  + ccg
                  + " on "
                  + date,
              Map.of("board", board.code(), "ccg", ccg));
        }
      }
    }
    for (CcgRepresentativeView seat : representatives) {
      if (!known(seat.ccgCode())) {
        add(
            Rule.UNKNOWN_CCG,
            seat.personName()
                + " represents "
                + seat.ccgCode()
                + " on board "
                + seat.boardCode()
                + ", a CCG the register does not know",
            Map.of("board", seat.boardCode(), "ccg", seat.ccgCode()));
      } else if (!relevantByCouncil
          .getOrDefault(seat.boardCode(), Set.of())
          .contains(seat.ccgCode())) {
        add(
            Rule.REPRESENTATIVE_OF_IRRELEVANT_CCG,
            seat.personName()
                + " represents "
                + seat.ccgCode()
                + " on board "
                + seat.boardCode()
                + ", a CCG not relevant to it on "
                + date,
            Map.of("board", seat.boardCode(), "ccg", seat.ccgCode()));
      }
    }
  }

  /**
   * From 2022-07-01, with the ICBs in the register: each board seats a nominee of every ICB whose
   * sub-ICB locations cover part of its council, no nominee of another ICB, and no CCG
   * representative.
   */
  void icbBoards(
      List<BoardView> boards,
      List<IcbRepresentativeView> nominees,
      List<CcgRepresentativeView> ccgRepresentatives) {
    Map<String, Set<String>> nominated =
        nominees.stream()
            .collect(
                Collectors.groupingBy(
                    IcbRepresentativeView::boardCode,
                    Collectors.mapping(
                        IcbRepresentativeView::icbCode, Collectors.toCollection(TreeSet::new))));
    Map<String, Set<String>> relevantIcbs = new TreeMap<>();
    relevantByCouncil.forEach(
        (council, locations) ->
            relevantIcbs.put(
                council,
                locations.stream()
                    .map(ccgs::get)
                    .filter(location -> location != null && location.icb() != null)
                    .map(location -> location.icb().code())
                    .collect(Collectors.toCollection(TreeSet::new))));
    for (BoardView board : boards) {
      for (String icb : relevantIcbs.getOrDefault(board.code(), Set.of())) {
        if (!nominated.getOrDefault(board.code(), Set.of()).contains(icb)) {
          add(
              Rule.RELEVANT_ICB_NOT_REPRESENTED,
              "Board " + board.code() + " has no nominee of relevant ICB " + icb + " on " + date,
              Map.of("board", board.code(), "icb", icb));
        }
      }
    }
    for (IcbRepresentativeView seat : nominees) {
      if (!relevantIcbs.getOrDefault(seat.boardCode(), Set.of()).contains(seat.icbCode())) {
        add(
            Rule.REPRESENTATIVE_OF_IRRELEVANT_ICB,
            seat.personName()
                + " is the nominee of "
                + seat.icbCode()
                + " on board "
                + seat.boardCode()
                + ", an ICB not relevant to it on "
                + date,
            Map.of("board", seat.boardCode(), "icb", seat.icbCode()));
      }
    }
    for (CcgRepresentativeView seat : ccgRepresentatives) {
      add(
          Rule.CCG_REPRESENTATIVE_AFTER_ABOLITION,
          seat.personName()
              + " represents "
              + seat.ccgCode()
              + " on board "
              + seat.boardCode()
              + " on "
              + date
              + ", after the CCGs were abolished",
          Map.of("board", seat.boardCode(), "ccg", seat.ccgCode()));
    }
  }

  /** Whether the register holds the ICB era on the date: some code is a sub-ICB location then. */
  boolean registerHoldsIcbs() {
    return ccgs.values().stream().anyMatch(result -> result.icb() != null);
  }

  void contracts(List<Contract> activeOnDate) {
    for (Contract contract : activeOnDate) {
      String commissioner = contract.commissionerCode;
      if (contract.commissionerKind == CommissionerKind.CCG) {
        if (!known(commissioner)) {
          add(
              Rule.UNKNOWN_CCG,
              "Contract "
                  + contract.reference
                  + " is commissioned by "
                  + commissioner
                  + ", which the CCG register does not know",
              Map.of("contract", contract.reference, "ccg", commissioner));
        } else if (!operational(ccgs.get(commissioner))) {
          add(
              Rule.CONTRACT_COMMISSIONER_NOT_OPERATIONAL,
              "Contract "
                  + contract.reference
                  + " is active on "
                  + date
                  + " but its commissioner "
                  + commissioner
                  + " is not operational then",
              Map.of("contract", contract.reference, "ccg", commissioner));
        }
      } else if (contract.commissionerKind == CommissionerKind.LOCAL_AUTHORITY
          && !councils.contains(commissioner)) {
        add(
            Rule.UNKNOWN_COUNCIL,
            "Contract "
                + contract.reference
                + " is commissioned by "
                + commissioner
                + ", a council the register does not know",
            Map.of("contract", contract.reference, "council", commissioner));
      }
    }
  }

  /**
   * The governing body's independence: no registered nurse or secondary-care specialist doctor
   * employed by a provider that holds a contract with their CCG in force on the date. {@code
   * contracts}: at least every contract in force on the date with the employers named.
   */
  void independence(List<GoverningBodyIndependenceRule.Seat> seats, List<Contract> contracts) {
    for (GoverningBodyIndependenceRule.Breach breach :
        GoverningBodyIndependenceRule.breaches(date, seats, contracts)) {
      GoverningBodyIndependenceRule.Seat seat = breach.seat();
      Contract contract = breach.contract();
      add(
          Rule.CLINICIAN_EMPLOYED_BY_CONTRACTED_PROVIDER,
          seat.personName()
              + " ("
              + String.join(", ", new TreeSet<>(seat.roles()))
              + ") on the governing body of "
              + seat.ccgCode()
              + " is employed by provider "
              + seat.employerCode()
              + ", which holds contract "
              + contract.reference
              + " with "
              + seat.ccgCode()
              + " on "
              + date,
          Map.of(
              "ccg", seat.ccgCode(),
              "seat", Long.toString(seat.id()),
              "provider", seat.employerCode(),
              "contract", contract.reference));
    }
  }

  private boolean known(String ccgCode) {
    return ccgs.containsKey(ccgCode) && ccgs.get(ccgCode).known();
  }

  private boolean operational(CcgLookup.Result ccg) {
    return ccg.known()
        && (ccg.openDate() == null || !date.isBefore(ccg.openDate()))
        && (ccg.closeDate() == null || date.isBefore(ccg.closeDate()));
  }

  private void add(Rule rule, String detail, Map<String, String> records) {
    violations.add(new Violation(rule, detail, records));
  }
}
