package org.landscape.commissioning.domain;

/** The invariants that hold across the services of the suite (the consistency report's rules). */
public enum Rule {
  OPEN_PRACTICE_WITHOUT_CCG("Each open practice belongs to a CCG"),
  PRACTICE_IN_NON_OPERATIONAL_CCG("Each open practice belongs to an operational CCG"),
  PRACTICE_OUTSIDE_ICB(
      "From 2022-07-01, each open practice belongs to a sub-ICB location of an operational ICB"),
  RELEVANT_CCG_NOT_REPRESENTED("Each board has a representative of every relevant CCG"),
  REPRESENTATIVE_OF_IRRELEVANT_CCG("Each CCG representative on a board speaks for a relevant CCG"),
  RELEVANT_ICB_NOT_REPRESENTED(
      "From 2022-07-01, each board seats a nominee of every relevant ICB (s194 as amended)"),
  REPRESENTATIVE_OF_IRRELEVANT_ICB(
      "Each ICB nominee on a board speaks for an ICB whose sub-ICB locations cover the council"),
  CCG_REPRESENTATIVE_AFTER_ABOLITION("No board seats a CCG representative after 2022-06-30"),
  CONTRACT_COMMISSIONER_NOT_OPERATIONAL("Each active contract's commissioner is operational"),
  CLINICIAN_EMPLOYED_BY_CONTRACTED_PROVIDER(
      "No registered nurse or secondary-care specialist doctor on a CCG's governing body is"
          + " employed by a provider holding an active contract with that CCG"),
  UNKNOWN_CCG("No record refers to a CCG the CCG register does not know"),
  UNKNOWN_COUNCIL("No record refers to a council the local-authority register does not know");

  private final String invariant;

  Rule(String invariant) {
    this.invariant = invariant;
  }

  public String invariant() {
    return invariant;
  }
}
