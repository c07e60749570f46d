package org.landscape.hwb.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.landscape.hwb.client.CcgLookup;
import org.landscape.hwb.client.CcgSummary;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.domain.MemberRole;
import org.landscape.hwb.rest.ComplianceFinding;

/**
 * The minimum membership of a board (Health and Social Care Act 2012 s194(2)) on a date: every
 * mandatory role held, and a representative of each relevant CCG. A representative of a CCG that is
 * not relevant then (closed, not yet open, or covering elsewhere) is flagged as a failed finding:
 * the seat is lapsed or misrecorded and the CCG it should be speaking for is not represented by it.
 */
final class ComplianceRules {

  static final String RELEVANT_CCG_REPRESENTED = "RELEVANT_CCG_REPRESENTED";
  static final String IRRELEVANT_CCG_REPRESENTATIVE = "IRRELEVANT_CCG_REPRESENTATIVE";
  static final String S194 = "Health and Social Care Act 2012 s194(2)";

  private ComplianceRules() {}

  /** The CCGs that members represent on the date but that are not among the relevant ones. */
  static Set<String> representedButIrrelevant(List<BoardMember> seats, List<CcgSummary> relevant) {
    Set<String> relevantCodes = relevant.stream().map(CcgSummary::code).collect(Collectors.toSet());
    return representedCcgs(seats).stream()
        .filter(code -> !relevantCodes.contains(code))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static List<ComplianceFinding> evaluate(
      Board board,
      LocalDate date,
      List<BoardMember> seats,
      List<CcgSummary> relevant,
      Map<String, CcgLookup.Result> irrelevantLookedUp) {
    List<ComplianceFinding> findings = new ArrayList<>();
    for (MemberRole role : MemberRole.mandatory()) {
      findings.add(roleHeld(role, seats, date));
    }
    Set<String> represented = representedCcgs(seats);
    relevant.stream()
        .sorted(Comparator.comparing(CcgSummary::code))
        .forEach(ccg -> findings.add(relevantRepresented(ccg, represented, date)));
    for (String code : representedButIrrelevant(seats, relevant)) {
      CcgLookup.Result ccg = irrelevantLookedUp.get(code);
      findings.add(
          new ComplianceFinding(
              IRRELEVANT_CCG_REPRESENTATIVE,
              MemberRole.CCG_REPRESENTATIVE,
              code,
              ccg == null ? null : ccg.name(),
              "Each CCG representative speaks for a CCG relevant to the board",
              S194,
              false,
              CcgStanding.whyNotRelevant(ccg, code, board.authorityCode, date)
                  + ", yet a member represents it"));
    }
    return findings;
  }

  private static ComplianceFinding roleHeld(
      MemberRole role, List<BoardMember> seats, LocalDate date) {
    List<String> holders =
        seats.stream().filter(seat -> seat.role == role).map(seat -> seat.personName).toList();
    return new ComplianceFinding(
        role.name(),
        role,
        null,
        null,
        role.requirement(),
        S194,
        !holders.isEmpty(),
        holders.isEmpty()
            ? "no member holds the " + role + " role on " + date
            : "held by " + String.join(", ", holders));
  }

  private static ComplianceFinding relevantRepresented(
      CcgSummary ccg, Set<String> represented, LocalDate date) {
    boolean passed = represented.contains(ccg.code());
    return new ComplianceFinding(
        RELEVANT_CCG_REPRESENTED,
        MemberRole.CCG_REPRESENTATIVE,
        ccg.code(),
        ccg.name(),
        MemberRole.CCG_REPRESENTATIVE.requirement(),
        S194,
        passed,
        passed
            ? ccg.code() + " covers part of the area and is represented"
            : ccg.code() + " covers part of the area on " + date + " but no member represents it");
  }

  private static Set<String> representedCcgs(List<BoardMember> seats) {
    return seats.stream()
        .filter(seat -> seat.role == MemberRole.CCG_REPRESENTATIVE)
        .map(seat -> seat.ccgCode)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
