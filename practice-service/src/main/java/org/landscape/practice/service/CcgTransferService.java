package org.landscape.practice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.common.imports.DryRun;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.reconfiguration.CcgHandover;
import org.landscape.practice.client.CcgPeriods;
import org.landscape.practice.domain.Finding;
import org.landscape.practice.domain.HandoverOutcome;
import org.landscape.practice.domain.HandoverRule;
import org.landscape.practice.domain.MembershipHistory;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.PracticeMove;
import org.landscape.practice.domain.Succession;
import org.landscape.practice.repository.MembershipRepository;
import org.landscape.practice.repository.PracticeRepository;
import org.landscape.practice.repository.SuccessionRepository;

/**
 * The practice-service part of a CCG merger or closure: records that each predecessor's practices
 * go to the successor on the effective date, and derives again the history of every practice that
 * was in a predecessor then or later. A practice carried this way has a derived membership; its
 * asserted facts, earlier or later, keep their dates. One transaction; idempotent (practices
 * already carried are reported, not moved again). The reversal withdraws the successions.
 */
@ApplicationScoped
public class CcgTransferService {

  @Inject PracticeRepository practices;
  @Inject MembershipRepository memberships;
  @Inject SuccessionRepository successions;
  @Inject MembershipRecomputation recomputation;
  @Inject CcgRegister ccgs;
  @Inject DryRun dryRun;

  public HandoverOutcome transfer(CcgHandover handover, boolean dryRunOnly) {
    requireDistinct(handover);
    // asked before any lock is taken: a slow peer must not hold the practices' rows
    CcgLookup.Result successor =
        ccgs.lookup(
            LocalDate.now(), handover.successorCode(), "check the successor CCG of the transfer");
    Finding operational =
        HandoverRule.successor(
            handover.successorCode(), CcgPeriods.of(successor), handover.effectiveDate());
    if (!operational.satisfied()) {
      throw ProblemException.ruleViolated(operational.detail());
    }
    return move(handover, dryRunOnly);
  }

  @Transactional
  HandoverOutcome move(CcgHandover handover, boolean dryRunOnly) {
    LocalDate date = handover.effectiveDate();
    String successor = handover.successorCode();
    List<FieldViolation> blocked = new ArrayList<>();
    List<String> handingOver = new ArrayList<>();
    for (String predecessor : handover.predecessorCodes()) {
      Optional<Succession> recorded = successions.standingOf(predecessor);
      Finding once =
          HandoverRule.once(
              predecessor, recorded.map(Succession::handover).orElse(null), successor, date);
      if (!once.satisfied()) {
        blocked.add(new FieldViolation("predecessorCodes", once.detail()));
      } else if (recorded.isEmpty()) {
        handingOver.add(predecessor);
      }
    }
    if (!blocked.isEmpty()) {
      throw new ProblemException(
          ProblemType.RULE_VIOLATED,
          blocked.size() + " predecessors cannot hand over; nothing was moved",
          blocked);
    }
    List<PracticeMove> already = new ArrayList<>();
    List<Practice> affected = lockAffected(handover.predecessorCodes(), date);
    Map<String, String> before = ccgOn(affected, date);
    for (String predecessor : handingOver) {
      successions.persist(Succession.of(predecessor, successor, date, source(handover)));
    }
    successions.flush();
    Map<String, String> after = recomputeAll(affected, date);
    List<PracticeMove> moved = new ArrayList<>();
    before.forEach(
        (practice, from) -> {
          if (successor.equals(after.get(practice))) {
            if (successor.equals(from)) {
              already.add(new PracticeMove(practice, predecessorOf(practice, date)));
            } else {
              moved.add(new PracticeMove(practice, from));
            }
          }
        });
    dryRun.rollBackIf(dryRunOnly);
    return new HandoverOutcome(successor, date, dryRunOnly, moved, already, List.of());
  }

  /** Undoes the handover: its successions are withdrawn and the histories derived again. */
  public HandoverOutcome reverse(CcgHandover handover, boolean dryRunOnly) {
    requireDistinct(handover);
    return undo(handover, dryRunOnly);
  }

  @Transactional
  HandoverOutcome undo(CcgHandover handover, boolean dryRunOnly) {
    LocalDate date = handover.effectiveDate();
    List<Succession> standing =
        successions.standing(handover.predecessorCodes(), handover.successorCode(), date);
    List<Practice> affected = lockAffected(handover.predecessorCodes(), date);
    Map<String, String> before = ccgOn(affected, date);
    standing.forEach(Succession::withdraw);
    successions.flush();
    Map<String, String> after = recomputeAll(affected, date);
    List<PracticeMove> reverted = new ArrayList<>();
    before.forEach(
        (practice, from) -> {
          String now = after.get(practice);
          if (handover.successorCode().equals(from) && now != null && !now.equals(from)) {
            reverted.add(new PracticeMove(practice, now));
          }
        });
    dryRun.rollBackIf(dryRunOnly);
    return new HandoverOutcome(
        handover.successorCode(), date, dryRunOnly, List.of(), List.of(), reverted);
  }

  /** The practices in a predecessor on or after the date, locked, in code order. */
  private List<Practice> lockAffected(Collection<String> predecessorCodes, LocalDate date) {
    List<Practice> affected = new ArrayList<>();
    for (String code : memberships.practicesInCcgsFrom(predecessorCodes, date)) {
      practices.lockForChange(code).ifPresent(affected::add);
    }
    return affected;
  }

  private Map<String, String> ccgOn(List<Practice> affected, LocalDate date) {
    Map<String, String> ccgs = new TreeMap<>();
    memberships
        .onForAll(affected.stream().map(p -> p.code).toList(), date)
        .forEach((code, membership) -> ccgs.put(code, membership.ccgCode));
    return ccgs;
  }

  private Map<String, String> recomputeAll(List<Practice> affected, LocalDate date) {
    Map<String, String> ccgs = new TreeMap<>();
    for (Practice practice : affected) {
      MembershipHistory history = recomputation.recompute(practice);
      history.on(date).ifPresent(period -> ccgs.put(practice.code, period.ccgCode()));
    }
    memberships.flush();
    return ccgs;
  }

  private String predecessorOf(String practiceCode, LocalDate date) {
    return memberships
        .on(practiceCode, date.minusDays(1))
        .map(membership -> membership.ccgCode)
        .orElse(null);
  }

  private static String source(CcgHandover handover) {
    return "handover of "
        + String.join(", ", handover.predecessorCodes())
        + " to "
        + handover.successorCode()
        + " on "
        + handover.effectiveDate();
  }

  private static void requireDistinct(CcgHandover handover) {
    if (handover.successorAmongPredecessors()) {
      throw ProblemException.invalid(
          "successorCode",
          "must not be one of the predecessors (" + handover.successorCode() + ")");
    }
  }
}
