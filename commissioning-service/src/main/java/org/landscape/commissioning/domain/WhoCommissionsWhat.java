package org.landscape.commissioning.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.landscape.common.problem.ProblemException;

/**
 * Who commissions what: the dated rules of which kind of commissioner (a CCG, NHS England, a local
 * authority) may commission a service category, each over {@code [validFrom, validTo)}. On a date
 * one kind at most answers for the category (DIRECT); other kinds may hold it beside that one,
 * DELEGATED or JOINT. Rules of one kind for one category never overlap.
 */
public final class WhoCommissionsWhat {

  /** Direct first, then delegated and joint; within each, CCG, NHS England, local authority. */
  private static final Comparator<CommissioningRule> DIRECT_FIRST =
      Comparator.comparing((CommissioningRule rule) -> rule.arrangement)
          .thenComparing(rule -> rule.commissionerKind);

  private final ServiceCategory category;
  private final List<CommissioningRule> rules;

  /** The category with every rule that names it, whatever its dates. */
  public WhoCommissionsWhat(ServiceCategory category, List<CommissioningRule> rulesOfCategory) {
    this.category = category;
    this.rules =
        rulesOfCategory.stream()
            .sorted(Comparator.comparing((CommissioningRule rule) -> rule.validFrom))
            .toList();
  }

  public ServiceCategory category() {
    return category;
  }

  /** Whether the rule is in force on the date. */
  public static boolean inForce(CommissioningRule rule, LocalDate date) {
    return !rule.validFrom.isAfter(date) && (rule.validTo == null || rule.validTo.isAfter(date));
  }

  /** The rules in force on the date, direct first. */
  public List<CommissioningRule> on(LocalDate date) {
    return rules.stream().filter(rule -> inForce(rule, date)).sorted(DIRECT_FIRST).toList();
  }

  /** Refuses a kind of commissioner that no rule lets commission the category on the date. */
  public void requireAllowed(CommissionerKind kind, LocalDate date) {
    List<CommissioningRule> inForce = on(date);
    if (inForce.stream().anyMatch(rule -> rule.commissionerKind == kind)) {
      return;
    }
    if (inForce.isEmpty()) {
      throw noRule(date);
    }
    throw ProblemException.ruleViolated(
        "On "
            + date
            + " "
            + category.name
            + " is commissioned by "
            + describe(inForce)
            + ", not by "
            + kind.description());
  }

  /** The rule of the kind that answers for the category on the date. */
  public CommissioningRule directOn(LocalDate date) {
    return on(date).stream()
        .filter(rule -> rule.arrangement == Arrangement.DIRECT)
        .findFirst()
        .orElseThrow(() -> noRule(date));
  }

  /** Delegated or joint arrangements beside the direct one on the date. */
  public List<CommissioningRule> sharedOn(LocalDate date) {
    return on(date).stream().filter(rule -> rule.arrangement != Arrangement.DIRECT).toList();
  }

  /**
   * Refuses a later rule over {@code [from, to)} (to null: open) that overlaps a rule of the same
   * kind, or that would make a second kind answer directly for the category (409).
   */
  public void requireRoomFor(
      CommissionerKind kind, Arrangement arrangement, LocalDate from, LocalDate to) {
    for (CommissioningRule existing : rules) {
      if (!existing.overlaps(from, to)) {
        continue;
      }
      if (existing.commissionerKind == kind) {
        throw ProblemException.conflict(
            "Rule "
                + existing.id
                + " already lets "
                + existing.commissionerKind.description()
                + " commission "
                + category.name
                + " from "
                + existing.validFrom
                + "; rules of one kind of commissioner must not overlap");
      }
      if (existing.arrangement == Arrangement.DIRECT && arrangement == Arrangement.DIRECT) {
        throw ProblemException.conflict(
            existing.commissionerKind.description()
                + " answers directly for "
                + category.name
                + " from "
                + existing.validFrom
                + " (rule "
                + existing.id
                + "); another kind may hold it only as DELEGATED or JOINT");
      }
    }
  }

  /** "NHS England or a CCG (delegated)". */
  public static String describe(List<CommissioningRule> rules) {
    return rules.stream()
        .map(
            rule ->
                rule.arrangement == Arrangement.DIRECT
                    ? rule.commissionerKind.description()
                    : rule.commissionerKind.description()
                        + " ("
                        + rule.arrangement.name().toLowerCase()
                        + ")")
        .collect(Collectors.joining(" or "));
  }

  private ProblemException noRule(LocalDate date) {
    String since =
        rules.stream()
            .findFirst()
            .map(first -> " (its rules begin on " + first.validFrom + ")")
            .orElse("");
    return ProblemException.ruleViolated(
        "No rule says who commissions " + category.name + " on " + date + since);
  }
}
