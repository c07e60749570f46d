package org.landscape.commissioning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;

/**
 * Who may hold a contract on which terms: the commissioner's code has the form its kind's codes
 * have; the contract ends after it starts; the provider exists and is open when it starts; a CCG
 * commissioner is operational over the whole period {@code [from, to)}, a council is upper tier and
 * lasts until the contract ends, NHS England is X24. Whether the commissioner's kind may commission
 * the category is {@link WhoCommissionsWhat}'s.
 */
public final class ContractEligibility {

  private ContractEligibility() {}

  /** The terms' field violations: the commissioner's code, and the dates' order. */
  public static List<FieldViolation> formViolations(ContractTerms terms) {
    List<FieldViolation> violations = new ArrayList<>();
    if (!terms.commissioner().kind().isValidCode(terms.commissioner().code())) {
      violations.add(
          new FieldViolation("commissioner.code", terms.commissioner().kind().codeMessage()));
    }
    if (!terms.endDate().isAfter(terms.startDate())) {
      violations.add(new FieldViolation("endDate", "must be after startDate"));
    }
    return violations;
  }

  /** A commissioner's code must have the form its kind's codes have. */
  public static void requireCodeFits(Commissioner commissioner, String field) {
    if (!commissioner.kind().isValidCode(commissioner.code())) {
      throw ProblemException.invalid(field, commissioner.kind().codeMessage());
    }
  }

  /** The provider (null: not registered) must exist and be open on the start date. */
  public static void requireOpenProvider(
      String providerCode, Provider provider, LocalDate startDate) {
    if (provider == null) {
      throw ProblemException.ruleViolated(
          "Provider " + providerCode + " does not exist; register it first");
    }
    if (!provider.isOpenOn(startDate)) {
      throw ProblemException.ruleViolated(
          "Provider "
              + provider.code
              + " ("
              + provider.name
              + ") is not open on "
              + startDate
              + ", when the contract starts");
    }
  }

  /**
   * A CCG (as the register knows code) holds a contract only over a period it is operational
   * throughout; its name.
   */
  public static String requireOperationalCcg(
      String code, CcgLifespan ccg, LocalDate from, LocalDate to) {
    if (!ccg.known()) {
      throw ProblemException.ruleViolated("CCG " + code + " does not exist");
    }
    if (!ccg.operationalThroughout(from, to)) {
      throw ProblemException.ruleViolated(
          "A CCG may only hold a contract over a period it is operational throughout: CCG "
              + code
              + " is operational"
              + (ccg.openDate() == null ? "" : " from " + ccg.openDate())
              + (ccg.closeDate() == null ? "" : " until " + ccg.closeDate())
              + ", not from "
              + from
              + " until "
              + to);
    }
    return ccg.name();
  }

  /**
   * A council (null: unknown on {@code from}) holds a contract only if upper tier and lasting until
   * the contract ends; its name.
   */
  public static String requireUpperTierCouncil(
      String code, Council council, LocalDate from, LocalDate to) {
    if (council == null) {
      throw ProblemException.ruleViolated("Local authority " + code + " does not exist on " + from);
    }
    if (!council.upperTier()) {
      throw ProblemException.ruleViolated(
          council.label()
              + " is a district council: councils commission through the upper tier"
              + (council.upperTierCode() == null ? "" : ", here " + council.upperTierCode()));
    }
    if (council.validTo() != null && to.isAfter(council.validTo())) {
      throw ProblemException.ruleViolated(
          council.label()
              + " ceases on "
              + council.validTo()
              + ", before the contract ends on "
              + to);
    }
    return council.name();
  }
}
