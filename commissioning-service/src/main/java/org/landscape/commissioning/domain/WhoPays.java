package org.landscape.commissioning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;

/**
 * "Who pays?": the responsible commissioner for a patient's care in a category on a date. The kind
 * of commissioner that answers for the category on the date decides. NHS England pays for its
 * categories whoever the patient is; a council's categories are paid by the upper-tier council
 * where the patient lives (a district's county); a CCG's by the CCG of the patient's practice on
 * the date of care, for an unregistered patient the CCG where they usually live, and for urgent and
 * emergency care the CCG where they are; from 2022-07-01 the ICB found the same way through the
 * sub-ICB location (the CCG code lives on). Where several CCGs (or ICBs) cover a council and
 * nothing narrows it, the answer is unresolved and lists the candidates, largest share first, never
 * a guess.
 */
public final class WhoPays {

  private WhoPays() {}

  /** What the peers know, asked for only as the decision needs it. */
  public interface Facts {

    /** The practice, with its CCG on the date; empty when practice-service knows no such one. */
    Optional<Practice> practice(String code, LocalDate date);

    /** The CCG's name on the date; null when ccg-service does not know it. */
    String ccgName(String code, LocalDate date);

    /**
     * The CCGs covering part of the council on the date, each with the share of the council it
     * covers where known, in any order.
     */
    List<Candidate> covering(String authorityCode, LocalDate date);

    /** The council on the date; empty when hwb-service knows no such one. */
    Optional<Council> council(String code, LocalDate date);

    /**
     * The ICB of each sub-ICB location on the date, by location code; a code that was no sub-ICB
     * location then is absent.
     */
    Map<String, Icb> icbsOf(Collection<String> locationCodes, LocalDate date);
  }

  /** An Integrated Care Board. */
  public record Icb(String code, String name) {}

  /** A GP practice and the CCG it belonged to on the date (null: none). */
  public record Practice(String code, String ccgCode) {}

  /** The commissioner that pays. */
  public record Payer(CommissionerKind kind, String code, String name) {}

  /** A CCG that may be responsible, with the share of the council's area it covers (or null). */
  public record Candidate(
      CommissionerKind kind, String code, String name, BigDecimal shareOfAuthority) {}

  /** The answer: resolved with the commissioner, or unresolved with the candidates. */
  public record Answer(
      String category,
      LocalDate date,
      boolean resolved,
      Payer commissioner,
      List<Candidate> candidates,
      CommissioningRule rule,
      ResponsibilityBasis basis,
      String explanation) {}

  /** Candidates largest share first (unknown shares last), then by code. */
  static final Comparator<Candidate> LARGEST_SHARE_FIRST =
      Comparator.comparing(
              Candidate::shareOfAuthority,
              Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
          .thenComparing(Candidate::code);

  /**
   * Decides who pays for the question (whose whereabouts are already checked: see {@link
   * WhoPaysQuestion#requireSomeWhereabouts()}) from the category's rules and what the peers know. A
   * question missing what the category needs is a validation problem; one the facts cannot answer
   * (an unknown practice, a practice in no CCG, no CCG covering the place, an unknown council) a
   * 422 problem.
   */
  public static Answer decide(WhoCommissionsWhat rules, WhoPaysQuestion question, Facts facts) {
    ServiceCategory category = rules.category();
    CommissioningRule rule = rules.directOn(question.date());
    return switch (rule.commissionerKind) {
      case NHS_ENGLAND -> national(category, rule, rules.sharedOn(question.date()), question);
      case LOCAL_AUTHORITY -> council(category, rule, question, facts);
      case CCG, ICB -> local(category, rule, question, facts);
    };
  }

  private static Answer national(
      ServiceCategory category,
      CommissioningRule rule,
      List<CommissioningRule> shared,
      WhoPaysQuestion question) {
    StringBuilder explanation =
        new StringBuilder(capitalised(category))
            .append(" is commissioned by NHS England, whoever the patient is and wherever they")
            .append(" are registered or live.");
    for (CommissioningRule other : shared) {
      String who = other.commissionerKind.description();
      explanation
          .append(' ')
          .append(Character.toUpperCase(who.charAt(0)))
          .append(who.substring(1))
          .append(" may also commission it (")
          .append(other.arrangement.name().toLowerCase())
          .append(", from ")
          .append(other.validFrom)
          .append(").");
    }
    return resolved(
        question,
        rule,
        ResponsibilityBasis.NATIONAL_COMMISSIONER,
        CommissionerKind.NHS_ENGLAND,
        Commissioner.NHS_ENGLAND_CODE,
        Commissioner.NHS_ENGLAND_NAME,
        explanation.toString());
  }

  /** The upper-tier council of where the patient lives (a district's county). */
  private static Answer council(
      ServiceCategory category, CommissioningRule rule, WhoPaysQuestion question, Facts facts) {
    if (question.residence() == null) {
      throw ProblemException.invalid(
          "residence",
          "is needed: "
              + category.name
              + " is commissioned by the upper-tier council where the patient lives");
    }
    Council home =
        facts
            .council(question.residence(), question.date())
            .orElseThrow(
                () ->
                    cannotDecide(
                        "hwb-service knows no local authority "
                            + question.residence()
                            + " on "
                            + question.date()));
    String principle =
        capitalised(category)
            + " is commissioned by the upper-tier council where the patient lives, whoever their"
            + " GP is: ";
    if (home.upperTier()) {
      return councilPays(
          rule, question, home.code(), home.name(), principle + home.label() + " is one.");
    }
    if (home.upperTierCode() == null) {
      throw cannotDecide(home.label() + " is a district whose county hwb-service does not name");
    }
    String countyName =
        facts.council(home.upperTierCode(), question.date()).map(Council::name).orElse(null);
    return councilPays(
        rule,
        question,
        home.upperTierCode(),
        countyName,
        principle
            + home.label()
            + " is a district, so its county "
            + label(home.upperTierCode(), countyName)
            + " pays.");
  }

  private static Answer councilPays(
      CommissioningRule rule,
      WhoPaysQuestion question,
      String code,
      String name,
      String explanation) {
    return resolved(
        question,
        rule,
        ResponsibilityBasis.UPPER_TIER_COUNCIL,
        CommissionerKind.LOCAL_AUTHORITY,
        code,
        name,
        explanation);
  }

  /**
   * The CCG (until 2022-06-30) or the ICB (from 2022-07-01) of the patient's practice on the date
   * of care; for a patient registered nowhere, or whose practice was in none then, where they
   * usually live; for a category decided by presence, where they are. The question may give several
   * of these: the category's rule picks the one that decides.
   */
  private static Answer local(
      ServiceCategory category, CommissioningRule rule, WhoPaysQuestion question, Facts facts) {
    CommissionerKind kind = rule.commissionerKind;
    String plural = kind == CommissionerKind.ICB ? "ICBs" : "CCGs";
    String body = kind == CommissionerKind.ICB ? "ICB" : "CCG";
    if (category.ccgResponsibility == CcgResponsibility.PRESENCE) {
      if (question.presentIn() == null) {
        throw ProblemException.invalid(
            "presentIn",
            "is needed: "
                + category.name
                + " is commissioned by the "
                + body
                + " where the patient is");
      }
      return byPlace(
          kind,
          rule,
          question,
          question.presentIn(),
          ResponsibilityBasis.PRESENCE,
          capitalised(category)
              + " is commissioned by the "
              + body
              + " where the patient is present, whether or not they are registered there or live"
              + " there.",
          facts);
    }
    String principle = capitalised(category) + " is commissioned by " + plural;
    if (question.registeredPractice() == null && question.residence() == null) {
      throw ProblemException.invalid(
          "registeredPractice",
          "or residence is needed: "
              + category.name
              + " is commissioned by the "
              + body
              + " of the patient's practice, or of where an unregistered patient lives");
    }
    if (question.registeredPractice() != null) {
      Practice practice =
          facts
              .practice(question.registeredPractice(), question.date())
              .orElseThrow(
                  () ->
                      cannotDecide(
                          "practice-service knows no GP practice "
                              + question.registeredPractice()));
      if (practice.ccgCode() != null) {
        return byPractice(kind, rule, question, practice, principle, facts);
      }
      if (question.residence() == null) {
        throw cannotDecide(
            "Practice "
                + practice.code()
                + " belonged to no "
                + (kind == CommissionerKind.ICB ? "sub-ICB location" : "CCG")
                + " on "
                + question.date()
                + ", so its registration cannot decide who pays; give residence instead");
      }
      principle +=
          "; practice "
              + practice.code()
              + " belonged to none on "
              + question.date()
              + ", so where the patient lives decides";
    }
    return byPlace(
        kind,
        rule,
        question,
        question.residence(),
        ResponsibilityBasis.USUAL_RESIDENCE,
        principle
            + ", and a patient registered with no practice is the responsibility of the "
            + body
            + " where they usually live.",
        facts);
  }

  private static Answer byPractice(
      CommissionerKind kind,
      CommissioningRule rule,
      WhoPaysQuestion question,
      Practice practice,
      String principle,
      Facts facts) {
    String ccgCode = practice.ccgCode();
    String name = facts.ccgName(ccgCode, question.date());
    if (kind == CommissionerKind.CCG) {
      return resolved(
          question,
          rule,
          ResponsibilityBasis.REGISTERED_PRACTICE,
          CommissionerKind.CCG,
          ccgCode,
          name,
          principle
              + ", and a registered patient is the responsibility of the CCG of their practice on"
              + " the date of care: practice "
              + practice.code()
              + " belonged to CCG "
              + label(ccgCode, name)
              + " on "
              + question.date()
              + ".");
    }
    Icb icb = facts.icbsOf(List.of(ccgCode), question.date()).get(ccgCode);
    if (icb == null) {
      throw cannotDecide(
          "ccg-service knows no ICB of sub-ICB location " + ccgCode + " on " + question.date());
    }
    return resolved(
        question,
        rule,
        ResponsibilityBasis.REGISTERED_PRACTICE,
        CommissionerKind.ICB,
        icb.code(),
        icb.name(),
        principle
            + ", and a registered patient is the responsibility of the ICB of their practice's"
            + " sub-ICB location on the date of care: practice "
            + practice.code()
            + " belonged to sub-ICB location "
            + label(ccgCode, name)
            + " of ICB "
            + label(icb.code(), icb.name())
            + " on "
            + question.date()
            + ".");
  }

  private static Answer byPlace(
      CommissionerKind kind,
      CommissioningRule rule,
      WhoPaysQuestion question,
      String authorityCode,
      ResponsibilityBasis basis,
      String principle,
      Facts facts) {
    List<Candidate> covering = facts.covering(authorityCode, question.date());
    String what = kind == CommissionerKind.ICB ? "sub-ICB location" : "CCG";
    if (covering.isEmpty()) {
      throw cannotDecide(
          "ccg-service knows no "
              + what
              + " covering local authority "
              + authorityCode
              + " on "
              + question.date());
    }
    List<Candidate> candidates =
        (kind == CommissionerKind.ICB ? icbsCovering(covering, question.date(), facts) : covering)
            .stream().sorted(LARGEST_SHARE_FIRST).toList();
    String body = kind == CommissionerKind.ICB ? "ICB" : "CCG";
    if (candidates.size() == 1) {
      Candidate only = candidates.getFirst();
      return resolved(
          question,
          rule,
          basis,
          kind,
          only.code(),
          only.name(),
          principle
              + " On "
              + question.date()
              + " "
              + authorityCode
              + " is covered by one "
              + body
              + ", "
              + label(only.code(), only.name())
              + ".");
    }
    return new Answer(
        rule.categoryCode,
        question.date(),
        false,
        null,
        List.copyOf(candidates),
        rule,
        basis,
        principle
            + " On "
            + question.date()
            + " "
            + authorityCode
            + " is covered by "
            + candidates.size()
            + " "
            + body
            + "s, and the council alone does not say which of them covers the patient's"
            + " place: the candidates are listed with the share of the council each covers.");
  }

  /**
   * The ICBs of the sub-ICB locations covering a council, each with the sum of its locations'
   * shares (unknown when any is unknown).
   */
  private static List<Candidate> icbsCovering(
      List<Candidate> locations, LocalDate date, Facts facts) {
    Map<String, Icb> icbOf = facts.icbsOf(locations.stream().map(Candidate::code).toList(), date);
    Map<String, Candidate> byIcb = new LinkedHashMap<>();
    for (Candidate location : locations) {
      Icb icb = icbOf.get(location.code());
      if (icb == null) {
        throw cannotDecide(
            "ccg-service knows no ICB of sub-ICB location " + location.code() + " on " + date);
      }
      byIcb.merge(
          icb.code(),
          new Candidate(CommissionerKind.ICB, icb.code(), icb.name(), location.shareOfAuthority()),
          (a, b) ->
              new Candidate(
                  CommissionerKind.ICB,
                  a.code(),
                  a.name(),
                  a.shareOfAuthority() == null || b.shareOfAuthority() == null
                      ? null
                      : a.shareOfAuthority().add(b.shareOfAuthority())));
    }
    return List.copyOf(byIcb.values());
  }

  private static Answer resolved(
      WhoPaysQuestion question,
      CommissioningRule rule,
      ResponsibilityBasis basis,
      CommissionerKind kind,
      String code,
      String name,
      String explanation) {
    return new Answer(
        rule.categoryCode,
        question.date(),
        true,
        new Payer(kind, code, name),
        List.of(),
        rule,
        basis,
        explanation);
  }

  /** The question cannot be answered from what was given (a 422 problem). */
  static ProblemException cannotDecide(String detail) {
    return new ProblemException(ProblemType.UNPROCESSABLE, detail);
  }

  /** "Dentistry", to begin a sentence. */
  static String capitalised(ServiceCategory category) {
    return Character.toUpperCase(category.name.charAt(0)) + category.name.substring(1);
  }

  static String label(String code, String name) {
    return name == null || name.isBlank() ? code : code + " (" + name + ")";
  }
}
