package org.landscape.practice.domain;

import java.time.LocalDate;

/**
 * A wrong fact may be withdrawn, or corrected (withdrawn and replaced by the right one), while it
 * stands: a withdrawn fact stays withdrawn. The practice's first standing fact cannot be withdrawn,
 * for it would leave the practice without a commissioner from the day it joined: correct it
 * instead. A correction asserts a CCG from a day the practice is open, and no other standing fact
 * may hold that day (a conflict).
 */
public final class FactCorrectionRule {

  /** Broken when the fact is already withdrawn, or another fact holds the day: conflicts. */
  public static final String STANDING = "fact.standing";

  public static final String NOT_THE_FIRST = "fact.not-the-first";
  public static final String WHILE_OPEN = "fact.while-open";
  public static final String ONE_FACT_A_DAY = "fact.one-fact-a-day";
  public static final String RULE = "fact.correction";

  private FactCorrectionRule() {}

  public static Finding withdrawal(MembershipFact fact, MembershipHistory history) {
    if (!fact.standing()) {
      return withdrawn(fact);
    }
    boolean first =
        history.standing().stream()
            .findFirst()
            .map(earliest -> earliest.factId() == fact.id)
            .orElse(false);
    if (first) {
      return Finding.broken(
          NOT_THE_FIRST,
          "Fact "
              + fact.id
              + " is the practice's first membership; withdrawing it would leave the practice"
              + " without a commissioner from "
              + fact.validFrom
              + ", so correct it instead");
    }
    return Finding.holds(RULE);
  }

  public static Finding correction(
      MembershipFact fact, MembershipHistory history, Practice practice, LocalDate validFrom) {
    if (!fact.standing()) {
      return withdrawn(fact);
    }
    if (!practice.isOpenOn(validFrom)) {
      return Finding.broken(
          WHILE_OPEN, "Practice " + practice.code + " is not open on " + validFrom);
    }
    Assertion sameDay = history.factOf(validFrom).orElse(null);
    if (sameDay != null && sameDay.factId() != fact.id) {
      return Finding.broken(
          ONE_FACT_A_DAY,
          "Fact "
              + sameDay.factId()
              + " already holds "
              + validFrom
              + " ("
              + sameDay.ccgCode()
              + ", "
              + sameDay.source()
              + "); correct that one instead");
    }
    return Finding.holds(RULE);
  }

  private static Finding withdrawn(MembershipFact fact) {
    return Finding.broken(
        STANDING, "Fact " + fact.id + " was withdrawn at " + fact.withdrawnAt + " already");
  }
}
