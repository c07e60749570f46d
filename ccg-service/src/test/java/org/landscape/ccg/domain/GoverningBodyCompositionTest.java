package org.landscape.ccg.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.ccg.domain.GoverningBodyRole.ACCOUNTABLE_OFFICER;
import static org.landscape.ccg.domain.GoverningBodyRole.CHAIR;
import static org.landscape.ccg.domain.GoverningBodyRole.CHIEF_FINANCE_OFFICER;
import static org.landscape.ccg.domain.GoverningBodyRole.GP;
import static org.landscape.ccg.domain.GoverningBodyRole.LAY_MEMBER_AUDIT_AND_GOVERNANCE;
import static org.landscape.ccg.domain.GoverningBodyRole.LAY_MEMBER_PATIENT_AND_PUBLIC_INVOLVEMENT;
import static org.landscape.ccg.domain.GoverningBodyRole.REGISTERED_NURSE;
import static org.landscape.ccg.domain.GoverningBodyRole.SECONDARY_CARE_SPECIALIST_DOCTOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The seeds and SI 2012/1631 reg 11, decided on plain seats: no start, no database. */
class GoverningBodyCompositionTest {

  private static final String SIX = "AT_LEAST_SIX_MEMBERS";
  private static final String LAY = "TWO_LAY_MEMBERS";
  private static final List<String> ALL_RULES =
      List.of(
          SIX,
          "ACCOUNTABLE_OFFICER",
          "CHIEF_FINANCE_OFFICER",
          "REGISTERED_NURSE",
          "SECONDARY_CARE_SPECIALIST_DOCTOR",
          LAY,
          "GP",
          "CHAIR");

  private static final String ANN = "Dr Ann Accountable";
  private static final String FAY = "Fay Finance";
  private static final String NINA = "Nina Nurse";
  private static final String SAM = "Dr Sam Specialist";
  private static final String LIAM = "Liam Lay";
  private static final String PAT = "Pat Public";
  private static final String CHRIS = "Dr Chris Chair";

  /** Seven people holding every role once, GP twice. */
  private static List<GoverningBodySeat> fullBody() {
    return new ArrayList<>(
        List.of(
            seat(ANN, ACCOUNTABLE_OFFICER, GP),
            seat(FAY, CHIEF_FINANCE_OFFICER),
            seat(NINA, REGISTERED_NURSE),
            seat(SAM, SECONDARY_CARE_SPECIALIST_DOCTOR),
            seat(LIAM, LAY_MEMBER_AUDIT_AND_GOVERNANCE),
            seat(PAT, LAY_MEMBER_PATIENT_AND_PUBLIC_INVOLVEMENT),
            seat(CHRIS, CHAIR, GP)));
  }

  static Stream<Arguments> bodies() {
    return Stream.of(
        // at least six members
        scenario("a full body of seven people passes every rule", fullBody(), SIX, "7 members"),
        scenario(
            "six people, one of them chair too, are enough",
            replace(without(fullBody(), CHRIS), seat(ANN, ACCOUNTABLE_OFFICER, GP, CHAIR)),
            SIX,
            "6 members"),
        scenario(
            "five people holding every role between them are too few: a person counts once",
            replace(
                without(fullBody(), CHRIS, FAY),
                seat(ANN, ACCOUNTABLE_OFFICER, CHIEF_FINANCE_OFFICER, GP, CHAIR)),
            SIX,
            "only 5 members; at least 6 are required",
            SIX),
        scenario(
            "a second seat of the same person, spelt differently, is not a second member",
            plus(
                replace(
                    without(fullBody(), CHRIS, FAY),
                    seat(ANN, ACCOUNTABLE_OFFICER, CHIEF_FINANCE_OFFICER, GP, CHAIR)),
                seat("  DR ann \t accountable ", GP)),
            SIX,
            "only 5 members; at least 6 are required",
            SIX),
        scenario(
            "a person's second seat under another spelling leaves seven members",
            plus(fullBody(), seat("dr  chris CHAIR", GP)),
            SIX,
            "7 members"),
        scenario(
            "no seats on the date fail every rule",
            List.of(),
            SIX,
            "only 0 members; at least 6 are required",
            ALL_RULES.toArray(String[]::new)),
        // one holder of each role
        scenario(
            "no accountable officer",
            replace(fullBody(), seat(ANN, GP)),
            "ACCOUNTABLE_OFFICER",
            "no member holds the ACCOUNTABLE_OFFICER role",
            "ACCOUNTABLE_OFFICER"),
        scenario(
            "an accountable officer",
            fullBody(),
            "ACCOUNTABLE_OFFICER",
            "1 member(s) hold ACCOUNTABLE_OFFICER"),
        scenario(
            "no chief finance officer",
            without(fullBody(), FAY),
            "CHIEF_FINANCE_OFFICER",
            "no member holds the CHIEF_FINANCE_OFFICER role",
            "CHIEF_FINANCE_OFFICER"),
        scenario(
            "no registered nurse",
            without(fullBody(), NINA),
            "REGISTERED_NURSE",
            "no member holds the REGISTERED_NURSE role",
            "REGISTERED_NURSE"),
        scenario(
            "two registered nurses",
            plus(fullBody(), seat("Nadia Nurse", REGISTERED_NURSE)),
            "REGISTERED_NURSE",
            "2 member(s) hold REGISTERED_NURSE"),
        scenario(
            "no secondary-care specialist doctor",
            without(fullBody(), SAM),
            "SECONDARY_CARE_SPECIALIST_DOCTOR",
            "no member holds the SECONDARY_CARE_SPECIALIST_DOCTOR role",
            "SECONDARY_CARE_SPECIALIST_DOCTOR"),
        scenario(
            "no GP member",
            replace(replace(fullBody(), seat(ANN, ACCOUNTABLE_OFFICER)), seat(CHRIS, CHAIR)),
            "GP",
            "no member holds the GP role",
            "GP"),
        scenario(
            "GPs holding other roles count as GP members", fullBody(), "GP", "2 member(s) hold GP"),
        scenario(
            "no chair",
            replace(fullBody(), seat(CHRIS, GP)),
            "CHAIR",
            "no member holds the CHAIR role",
            "CHAIR"),
        // two lay members
        scenario(
            "distinct lay members for audit and for patient involvement",
            fullBody(),
            LAY,
            "lay members for audit and governance and for patient and public involvement"),
        scenario(
            "no lay member for audit and governance",
            without(fullBody(), LIAM),
            LAY,
            "no lay member for audit and governance",
            LAY),
        scenario(
            "no lay member for patient and public involvement",
            without(fullBody(), PAT),
            LAY,
            "no lay member for patient and public involvement",
            LAY),
        scenario(
            "no lay member at all: the audit role is reported first",
            plus(without(fullBody(), LIAM, PAT), seat("Greg Gp", GP)),
            LAY,
            "no lay member for audit and governance",
            LAY),
        scenario(
            "one person holding both lay roles is not two lay members",
            plus(
                replace(
                    without(fullBody(), PAT),
                    seat(
                        LIAM,
                        LAY_MEMBER_AUDIT_AND_GOVERNANCE,
                        LAY_MEMBER_PATIENT_AND_PUBLIC_INVOLVEMENT)),
                seat("Greg Gp", GP)),
            LAY,
            "the two lay roles are held by the same person; two lay members are required",
            LAY),
        scenario(
            "both lay roles in two seats of one person under different spellings",
            plus(
                without(fullBody(), PAT),
                seat(" LIAM   lay", LAY_MEMBER_PATIENT_AND_PUBLIC_INVOLVEMENT),
                seat("Greg Gp", GP)),
            LAY,
            "the two lay roles are held by the same person; two lay members are required",
            LAY),
        scenario(
            "one person holding both lay roles, and another the patient role, are two lay members",
            replace(
                fullBody(),
                seat(
                    LIAM,
                    LAY_MEMBER_AUDIT_AND_GOVERNANCE,
                    LAY_MEMBER_PATIENT_AND_PUBLIC_INVOLVEMENT)),
            LAY,
            "lay members for audit and governance and for patient and public involvement"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void eachRuleGivesItsVerdictAndWhy(
      String scenario,
      List<GoverningBodySeat> seats,
      String rule,
      boolean passed,
      String reason,
      Set<String> failing) {
    List<Finding> findings = GoverningBodyComposition.evaluate(seats);

    assertThat(findings).extracting(Finding::rule).containsExactlyElementsOf(ALL_RULES);
    Finding finding =
        findings.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    assertThat(finding.passed()).isEqualTo(passed);
    assertThat(finding.reason()).isEqualTo(reason);
    assertThat(findings.stream().filter(f -> !f.passed()).map(Finding::rule))
        .containsExactlyInAnyOrderElementsOf(failing);
    assertThat(GoverningBodyComposition.compliant(findings)).isEqualTo(failing.isEmpty());
  }

  @ParameterizedTest(name = "{0} requires \"{1}\" ({2})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          AT_LEAST_SIX_MEMBERS             | At least 6 members                               | SI 2012/1631 reg 11
          ACCOUNTABLE_OFFICER              | An accountable officer                           | SI 2012/1631 reg 11
          CHIEF_FINANCE_OFFICER            | A chief finance officer                          | SI 2012/1631 reg 11
          REGISTERED_NURSE                 | At least one registered nurse                    | SI 2012/1631 reg 11; seeds (CCG governing body)
          SECONDARY_CARE_SPECIALIST_DOCTOR | At least one secondary-care specialist doctor    | SI 2012/1631 reg 11; seeds (CCG governing body)
          TWO_LAY_MEMBERS                  | Two lay members: one for audit and governance, one for patient and public involvement | SI 2012/1631 reg 11
          GP                               | GP members                                       | seeds (CCG governing body)
          CHAIR                            | A chair                                          | SI 2012/1631 reg 11
          """)
  void eachRuleNamesItsRequirementAndSource(String rule, String requirement, String source) {
    for (List<GoverningBodySeat> seats : List.of(fullBody(), List.<GoverningBodySeat>of())) {
      Finding finding =
          GoverningBodyComposition.evaluate(seats).stream()
              .filter(f -> f.rule().equals(rule))
              .findFirst()
              .orElseThrow();
      assertThat(finding.requirement()).isEqualTo(requirement);
      assertThat(finding.source()).isEqualTo(source);
    }
  }

  @ParameterizedTest(name = "\"{0}\" and \"{1}\": the same person? {2}")
  @CsvSource({
    "'Dr A Example', 'Dr A Example', true",
    "'Dr A Example', 'dr a EXAMPLE', true",
    "'Dr A Example', '  Dr A Example  ', true",
    "'Dr A Example', 'Dr   A    Example', true",
    "'Dr A Example', 'Dr A Examples', false",
    "'Dr A Example', 'DrA Example', false",
  })
  void membersArePeopleComparedIgnoringCaseAndSpacing(
      String first, String second, boolean samePerson) {
    Map<String, Set<GoverningBodyRole>> members =
        GoverningBodyComposition.members(List.of(seat(first, GP), seat(second, CHAIR)));

    if (samePerson) {
      assertThat(members).containsOnlyKeys("dr a example");
      assertThat(members.get("dr a example")).containsExactlyInAnyOrder(GP, CHAIR);
    } else {
      assertThat(members).hasSize(2);
      assertThat(members.values()).containsExactly(Set.of(GP), Set.of(CHAIR));
    }
  }

  private static Arguments scenario(
      String name, List<GoverningBodySeat> seats, String rule, String reason, String... failing) {
    Set<String> failed = Set.of(failing);
    return Arguments.of(name, seats, rule, !failed.contains(rule), reason, failed);
  }

  private static GoverningBodySeat seat(String personName, GoverningBodyRole... roles) {
    GoverningBodySeat seat = new GoverningBodySeat();
    seat.ccgCode = "00C";
    seat.personName = personName;
    seat.roles = Arrays.stream(roles).map(Enum::name).toArray(String[]::new);
    seat.validFrom = LocalDate.of(2013, 4, 1);
    return seat;
  }

  private static List<GoverningBodySeat> without(List<GoverningBodySeat> seats, String... people) {
    List<String> gone = List.of(people);
    List<GoverningBodySeat> kept = new ArrayList<>(seats);
    kept.removeIf(s -> gone.contains(s.personName));
    return kept;
  }

  /** The seats with the seat of the same person name swapped for the given one. */
  private static List<GoverningBodySeat> replace(
      List<GoverningBodySeat> seats, GoverningBodySeat replacement) {
    List<GoverningBodySeat> replaced = without(seats, replacement.personName);
    replaced.add(replacement);
    return replaced;
  }

  private static List<GoverningBodySeat> plus(
      List<GoverningBodySeat> seats, GoverningBodySeat... more) {
    List<GoverningBodySeat> added = new ArrayList<>(seats);
    added.addAll(List.of(more));
    return added;
  }
}
