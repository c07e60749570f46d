package org.landscape.ccg.domain;

import static org.landscape.ccg.domain.GoverningBodyRole.ACCOUNTABLE_OFFICER;
import static org.landscape.ccg.domain.GoverningBodyRole.CHAIR;
import static org.landscape.ccg.domain.GoverningBodyRole.CHIEF_FINANCE_OFFICER;
import static org.landscape.ccg.domain.GoverningBodyRole.GP;
import static org.landscape.ccg.domain.GoverningBodyRole.LAY_MEMBER_AUDIT_AND_GOVERNANCE;
import static org.landscape.ccg.domain.GoverningBodyRole.LAY_MEMBER_PATIENT_AND_PUBLIC_INVOLVEMENT;
import static org.landscape.ccg.domain.GoverningBodyRole.REGISTERED_NURSE;
import static org.landscape.ccg.domain.GoverningBodyRole.SECONDARY_CARE_SPECIALIST_DOCTOR;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The composition of a CCG governing body: the seeds (GPs, a registered nurse, a secondary-care
 * specialist doctor) and SI 2012/1631 reg 11 (at least six members including the accountable
 * officer and a chief finance officer; two lay members; a chair). A member is a person (names
 * compared ignoring case and spacing) with a seat on the date; a person holding several roles
 * counts once.
 */
public final class GoverningBodyComposition {

  public static final String REG_11 = "SI 2012/1631 reg 11";
  public static final String SEEDS = "seeds (CCG governing body)";

  private GoverningBodyComposition() {}

  /** The roles each member holds, a member being a person (by name) with one of the seats. */
  public static Map<String, Set<GoverningBodyRole>> members(Collection<GoverningBodySeat> seats) {
    Map<String, Set<GoverningBodyRole>> members = new LinkedHashMap<>();
    for (GoverningBodySeat seat : seats) {
      members
          .computeIfAbsent(personKey(seat.personName), k -> EnumSet.noneOf(GoverningBodyRole.class))
          .addAll(seat.roleSet());
    }
    return members;
  }

  /** One finding per rule, in a fixed order, for the seats held on a date. */
  public static List<Finding> evaluate(Collection<GoverningBodySeat> seatsOnDate) {
    Map<String, Set<GoverningBodyRole>> members = members(seatsOnDate);
    List<Finding> findings = new ArrayList<>();
    int size = members.size();
    findings.add(
        new Finding(
            "AT_LEAST_SIX_MEMBERS",
            "At least 6 members",
            REG_11,
            size >= 6,
            size >= 6 ? size + " members" : "only " + size + " members; at least 6 are required"));
    findings.add(atLeastOne(members, ACCOUNTABLE_OFFICER, "An accountable officer", REG_11));
    findings.add(atLeastOne(members, CHIEF_FINANCE_OFFICER, "A chief finance officer", REG_11));
    findings.add(
        atLeastOne(
            members, REGISTERED_NURSE, "At least one registered nurse", REG_11 + "; " + SEEDS));
    findings.add(
        atLeastOne(
            members,
            SECONDARY_CARE_SPECIALIST_DOCTOR,
            "At least one secondary-care specialist doctor",
            REG_11 + "; " + SEEDS));
    findings.add(layMembers(members));
    findings.add(atLeastOne(members, GP, "GP members", SEEDS));
    findings.add(atLeastOne(members, CHAIR, "A chair", REG_11));
    return findings;
  }

  /** Whether every finding passed. */
  public static boolean compliant(List<Finding> findings) {
    return findings.stream().allMatch(Finding::passed);
  }

  private static Finding atLeastOne(
      Map<String, Set<GoverningBodyRole>> members,
      GoverningBodyRole role,
      String requirement,
      String source) {
    long holders = members.values().stream().filter(roles -> roles.contains(role)).count();
    return new Finding(
        role.name(),
        requirement,
        source,
        holders > 0,
        holders > 0
            ? holders + " member(s) hold " + role
            : "no member holds the " + role + " role");
  }

  private static Finding layMembers(Map<String, Set<GoverningBodyRole>> members) {
    List<String> audit = holders(members, LAY_MEMBER_AUDIT_AND_GOVERNANCE);
    List<String> public_ = holders(members, LAY_MEMBER_PATIENT_AND_PUBLIC_INVOLVEMENT);
    boolean distinctPair =
        audit.stream().anyMatch(a -> public_.stream().anyMatch(p -> !p.equals(a)));
    String reason;
    if (audit.isEmpty()) {
      reason = "no lay member for audit and governance";
    } else if (public_.isEmpty()) {
      reason = "no lay member for patient and public involvement";
    } else if (!distinctPair) {
      reason = "the two lay roles are held by the same person; two lay members are required";
    } else {
      reason = "lay members for audit and governance and for patient and public involvement";
    }
    return new Finding(
        "TWO_LAY_MEMBERS",
        "Two lay members: one for audit and governance, one for patient and public involvement",
        REG_11,
        distinctPair,
        reason);
  }

  private static List<String> holders(
      Map<String, Set<GoverningBodyRole>> members, GoverningBodyRole role) {
    return members.entrySet().stream()
        .filter(e -> e.getValue().contains(role))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static String personKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
