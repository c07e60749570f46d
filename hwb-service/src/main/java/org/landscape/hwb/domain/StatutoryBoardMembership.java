package org.landscape.hwb.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.landscape.common.time.CommissionerEra;
import org.landscape.common.time.Validity;

/**
 * The minimum membership of a Health and Wellbeing Board (Health and Social Care Act 2012 s194(2))
 * on a date: every mandatory role held (at least one councillor, the directors of adult social
 * services, children's services and public health, a Local Healthwatch representative), and a
 * representative of each relevant CCG, one covering part of the council's area on the date. A
 * representative of a CCG that is not relevant then (closed, not yet open, or covering elsewhere)
 * is flagged as a failed finding: the seat is lapsed or misrecorded and the CCG it should be
 * speaking for is not represented by it.
 */
public final class StatutoryBoardMembership {

  public static final String RELEVANT_CCG_REPRESENTED = "RELEVANT_CCG_REPRESENTED";
  public static final String IRRELEVANT_CCG_REPRESENTATIVE = "IRRELEVANT_CCG_REPRESENTATIVE";
  public static final String RELEVANT_ICB_REPRESENTED = "RELEVANT_ICB_REPRESENTED";
  public static final String IRRELEVANT_ICB_REPRESENTATIVE = "IRRELEVANT_ICB_REPRESENTATIVE";
  public static final String SOURCE = "Health and Social Care Act 2012 s194(2)";
  public static final String AMENDED_SOURCE =
      "Health and Social Care Act 2012 s194(2), as amended by the Health and Care Act 2022";
  static final String IRRELEVANT_ICB_REQUIREMENT =
      "Each ICB nominee speaks for an ICB relevant to the board";
  static final String IRRELEVANT_REQUIREMENT =
      "Each CCG representative speaks for a CCG relevant to the board";

  /** The board's membership on the date: how many people sit, and each rule's finding. */
  public record Assessment(LocalDate date, int members, List<Finding> findings) {

    /** Whether every finding passed. */
    public boolean compliant() {
      return findings.stream().allMatch(Finding::passed);
    }
  }

  private StatutoryBoardMembership() {}

  /** The seats held on the date, in the order given. */
  public static List<BoardMember> seatsOn(List<BoardMember> seats, LocalDate date) {
    return seats.stream()
        .filter(seat -> Validity.contains(seat.validFrom, seat.validTo, date))
        .toList();
  }

  /** The CCGs relevant to the board on the date: those covering part of the council then. */
  public static List<CcgCover> relevantOn(List<CcgCover> covers, LocalDate date) {
    return covers.stream().filter(cover -> cover.isValidOn(date)).toList();
  }

  /**
   * The CCGs that members represent on the date but that are not relevant then, sorted: the ones
   * whose standing is needed to explain why.
   */
  public static Set<String> representedButIrrelevant(
      List<BoardMember> seats, List<CcgCover> covers, LocalDate date) {
    if (CommissionerEra.on(date) == CommissionerEra.ICB) {
      return Set.of(); // no CCG is relevant once they are abolished: each is flagged as such
    }
    Set<String> relevantCodes =
        relevantOn(covers, date).stream().map(CcgCover::code).collect(Collectors.toSet());
    return representedCcgs(seatsOn(seats, date)).stream()
        .filter(code -> !relevantCodes.contains(code))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The membership of the council's board on the date.
   *
   * @param seats the board's seats (those not held on the date are left out)
   * @param covers the CCGs covering part of the council (those not covering it on the date are left
   *     out)
   * @param standings what ccg-service says, on the date, of the CCGs represented but not relevant;
   *     a CCG missing here is one it does not know
   */
  public static Assessment assess(
      String authorityCode,
      LocalDate date,
      List<BoardMember> seats,
      List<CcgCover> covers,
      Map<String, CcgStanding> standings) {
    return assess(authorityCode, date, seats, covers, standings, List.of());
  }

  /**
   * The membership of the council's board on the date; from 2022-07-01 (s194 as amended) a nominee
   * of each relevant ICB is required instead of a representative of each relevant CCG, and a CCG
   * representative still seated is flagged.
   *
   * @param relevantIcbs the ICBs relevant to the board on the date (used from 2022-07-01)
   */
  public static Assessment assess(
      String authorityCode,
      LocalDate date,
      List<BoardMember> seats,
      List<CcgCover> covers,
      Map<String, CcgStanding> standings,
      List<IcbCover> relevantIcbs) {
    List<BoardMember> held = seatsOn(seats, date);
    List<Finding> findings = new ArrayList<>();
    for (MemberRole role : MemberRole.mandatory()) {
      findings.add(roleHeld(role, held, date));
    }
    if (CommissionerEra.on(date) == CommissionerEra.ICB) {
      findings.addAll(icbFindings(held, relevantIcbs, date));
      long people =
          held.stream().map(seat -> seat.personName.toLowerCase(Locale.ROOT)).distinct().count();
      return new Assessment(date, (int) people, List.copyOf(findings));
    }
    Set<String> represented = representedCcgs(held);
    relevantOn(covers, date).stream()
        .sorted(Comparator.comparing(CcgCover::code))
        .forEach(ccg -> findings.add(relevantRepresented(ccg, represented, date)));
    for (String code : representedButIrrelevant(held, covers, date)) {
      CcgStanding ccg = standings.getOrDefault(code, CcgStanding.unknown(code));
      findings.add(
          new Finding(
              IRRELEVANT_CCG_REPRESENTATIVE,
              MemberRole.CCG_REPRESENTATIVE,
              code,
              ccg.name(),
              IRRELEVANT_REQUIREMENT,
              SOURCE,
              false,
              ccg.whyNotRelevant(authorityCode, date) + ", yet a member represents it"));
    }
    long people =
        held.stream().map(seat -> seat.personName.toLowerCase(Locale.ROOT)).distinct().count();
    return new Assessment(date, (int) people, List.copyOf(findings));
  }

  /**
   * From 2022-07-01: a nominee of each relevant ICB, no nominee of an ICB that is not relevant, and
   * no CCG representative (the CCGs were abolished).
   */
  private static List<Finding> icbFindings(
      List<BoardMember> held, List<IcbCover> relevantIcbs, LocalDate date) {
    List<Finding> findings = new ArrayList<>();
    Set<String> nominated =
        held.stream()
            .filter(seat -> seat.role == MemberRole.ICB_REPRESENTATIVE)
            .map(seat -> seat.icbCode)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> relevantCodes = new TreeSet<>();
    relevantIcbs.stream()
        .sorted(Comparator.comparing(IcbCover::code))
        .forEach(
            icb -> {
              relevantCodes.add(icb.code());
              boolean passed = nominated.contains(icb.code());
              findings.add(
                  new Finding(
                      RELEVANT_ICB_REPRESENTED,
                      MemberRole.ICB_REPRESENTATIVE,
                      icb.code(),
                      icb.name(),
                      MemberRole.ICB_REPRESENTATIVE.requirement(),
                      AMENDED_SOURCE,
                      passed,
                      passed
                          ? icb.code() + " covers part of the area and its nominee sits"
                          : icb.code()
                              + " covers part of the area on "
                              + date
                              + " but no member is its nominee"));
            });
    for (String code : nominated) {
      if (!relevantCodes.contains(code)) {
        findings.add(
            new Finding(
                IRRELEVANT_ICB_REPRESENTATIVE,
                MemberRole.ICB_REPRESENTATIVE,
                code,
                null,
                IRRELEVANT_ICB_REQUIREMENT,
                AMENDED_SOURCE,
                false,
                code + " covers no part of the area on " + date + ", yet a member is its nominee"));
      }
    }
    for (String code : representedCcgs(held)) {
      findings.add(
          new Finding(
              IRRELEVANT_CCG_REPRESENTATIVE,
              MemberRole.CCG_REPRESENTATIVE,
              code,
              null,
              IRRELEVANT_REQUIREMENT,
              AMENDED_SOURCE,
              false,
              "the CCGs were abolished on "
                  + CommissionerEra.ICB_ERA_BEGINS
                  + ", yet a member represents "
                  + code
                  + " on "
                  + date));
    }
    return findings;
  }

  private static Finding roleHeld(MemberRole role, List<BoardMember> seats, LocalDate date) {
    List<String> holders =
        seats.stream().filter(seat -> seat.role == role).map(seat -> seat.personName).toList();
    return new Finding(
        role.name(),
        role,
        null,
        null,
        role.requirement(),
        SOURCE,
        !holders.isEmpty(),
        holders.isEmpty()
            ? "no member holds the " + role + " role on " + date
            : "held by " + String.join(", ", holders));
  }

  private static Finding relevantRepresented(
      CcgCover ccg, Set<String> represented, LocalDate date) {
    boolean passed = represented.contains(ccg.code());
    return new Finding(
        RELEVANT_CCG_REPRESENTED,
        MemberRole.CCG_REPRESENTATIVE,
        ccg.code(),
        ccg.name(),
        MemberRole.CCG_REPRESENTATIVE.requirement(),
        SOURCE,
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
