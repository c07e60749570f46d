package org.landscape.practice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.common.problem.ProblemException;
import org.landscape.practice.client.CcgPeriods;
import org.landscape.practice.domain.FactCorrectionRule;
import org.landscape.practice.domain.Finding;
import org.landscape.practice.domain.MembershipFact;
import org.landscape.practice.domain.MembershipHistory;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.OperationalCcgRule;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.repository.MembershipFactRepository;
import org.landscape.practice.repository.PracticeRepository;

/**
 * The facts asserted about a practice's commissioner: listing them, withdrawing a wrong one, and
 * correcting one. Each change derives the history again, in the same transaction.
 */
@ApplicationScoped
public class MembershipFactService {

  /** A correction: the fact it replaces, what is right instead, why, and who says so. */
  public record Correction(String ccgCode, LocalDate validFrom, String reason, String source) {}

  @Inject PracticeRepository practices;
  @Inject MembershipFactRepository facts;
  @Inject MembershipRecomputation recomputation;
  @Inject CcgRegister ccgs;

  /** Every fact of the practice, withdrawn ones included, oldest day first. */
  public List<MembershipFact> of(String code) {
    practices.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Practice", code));
    return facts.of(code);
  }

  /** The facts that shape the history now, by id: what a listing marks as standing. */
  public MembershipHistory historyOf(String code) {
    Practice practice =
        practices
            .findByIdOptional(code)
            .orElseThrow(() -> ProblemException.notFound("Practice", code));
    return recomputation.historyOf(practice, null);
  }

  @Transactional
  public MembershipHistory withdraw(String code, long factId, String reason) {
    Practice practice = lock(code);
    MembershipFact fact = factOf(code, factId);
    Finding verdict = FactCorrectionRule.withdrawal(fact, recomputation.historyOf(practice, null));
    refuseUnless(verdict);
    fact.withdraw(reason, null);
    return recomputation.recompute(practice);
  }

  public MembershipFact correct(String code, long factId, Correction correction) {
    // asked before any lock is taken: a slow peer must not hold the practice's row
    CcgLookup.Result ccg =
        ccgs.lookup(LocalDate.now(), correction.ccgCode(), "check the corrected CCG");
    return storeCorrection(code, factId, correction, ccg);
  }

  @Transactional
  MembershipFact storeCorrection(
      String code, long factId, Correction correction, CcgLookup.Result ccg) {
    Practice practice = lock(code);
    MembershipFact fact = factOf(code, factId);
    MembershipHistory history = recomputation.historyOf(practice, null);
    refuseUnless(FactCorrectionRule.correction(fact, history, practice, correction.validFrom()));
    LocalDate holdsUntil =
        history
            .nextFactAfter(correction.validFrom())
            .filter(next -> next.factId() != fact.id)
            .map(next -> next.validFrom())
            .orElse(practice.closeDate);
    refuseUnless(
        OperationalCcgRule.check(
            correction.ccgCode(), CcgPeriods.of(ccg), correction.validFrom(), holdsUntil));
    MembershipFact replacement =
        MembershipFact.asserted(
            code,
            correction.ccgCode(),
            correction.validFrom(),
            MembershipOrigin.CORRECTION,
            correction.source() + ": " + correction.reason(),
            null);
    facts.persist(replacement);
    facts.flush();
    fact.withdraw(correction.reason(), replacement.id);
    recomputation.recompute(practice);
    return replacement;
  }

  private Practice lock(String code) {
    return practices
        .lockForChange(code)
        .orElseThrow(() -> ProblemException.notFound("Practice", code));
  }

  private MembershipFact factOf(String code, long factId) {
    MembershipFact fact = facts.findById(factId);
    if (fact == null || !fact.practiceCode.equals(code)) {
      throw ProblemException.notFound("Membership fact", code + "/" + factId);
    }
    return fact;
  }

  private static void refuseUnless(Finding verdict) {
    if (verdict.satisfied()) {
      return;
    }
    throw FactCorrectionRule.STANDING.equals(verdict.rule())
            || FactCorrectionRule.ONE_FACT_A_DAY.equals(verdict.rule())
        ? ProblemException.conflict(verdict.detail())
        : ProblemException.ruleViolated(verdict.detail());
  }
}
