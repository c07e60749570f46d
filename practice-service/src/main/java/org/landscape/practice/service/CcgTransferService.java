package org.landscape.practice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.reconfiguration.CcgHandover;
import org.landscape.practice.client.CcgPeriods;
import org.landscape.practice.domain.Finding;
import org.landscape.practice.domain.HandoverOutcome;
import org.landscape.practice.domain.HandoverRule;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.domain.MembershipTimeline;
import org.landscape.practice.domain.PracticeMove;
import org.landscape.practice.repository.MembershipRepository;
import org.landscape.practice.repository.PracticeRepository;

/**
 * Moves every member practice of the predecessor CCGs to the successor on the effective date, in
 * one transaction: the practice-service part of a CCG merger or closure. Idempotent: practices
 * already moved by an earlier run are reported, not moved again. One practice that cannot move
 * refuses the whole request and nothing is written. The reversal undoes exactly such a move.
 */
@ApplicationScoped
public class CcgTransferService {

  @Inject PracticeRepository practices;
  @Inject MembershipRepository memberships;
  @Inject PracticeChanges changes;
  @Inject CcgRegister ccgs;

  public HandoverOutcome transfer(CcgHandover handover, boolean dryRun) {
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
    return move(handover, dryRun);
  }

  @Transactional
  HandoverOutcome move(CcgHandover handover, boolean dryRun) {
    LocalDate date = handover.effectiveDate();
    List<Membership> leaving = memberships.ofCcgsOn(handover.predecessorCodes(), date);
    leaving.forEach(membership -> practices.lockForChange(membership.practiceCode));
    leaving = memberships.ofCcgsOn(handover.predecessorCodes(), date);
    List<FieldViolation> blocked = new ArrayList<>();
    for (Membership membership : leaving) {
      Finding leaves = HandoverRule.leaving(membership, timelineOf(membership.practiceCode), date);
      if (!leaves.satisfied()) {
        blocked.add(new FieldViolation("practices." + membership.practiceCode, leaves.detail()));
      }
    }
    if (!blocked.isEmpty()) {
      throw new ProblemException(
          ProblemType.RULE_VIOLATED,
          blocked.size() + " member practices cannot move; nothing was moved",
          blocked);
    }
    List<PracticeMove> moved =
        leaving.stream().map(m -> new PracticeMove(m.practiceCode, m.ccgCode)).toList();
    List<PracticeMove> already =
        memberships.movedOn(handover.predecessorCodes(), handover.successorCode(), date).stream()
            .map(pair -> new PracticeMove(pair[1].practiceCode, pair[0].ccgCode))
            .toList();
    if (!dryRun && !leaving.isEmpty()) {
      List<Membership> started = new ArrayList<>();
      for (Membership current : leaving) {
        started.add(
            MembershipTimeline.moveOn(
                current, handover.successorCode(), date, MembershipOrigin.TRANSFER));
      }
      memberships.flush();
      memberships.persist(started);
      memberships.flush();
      leaving.forEach(current -> changes.membership(current, ChangeType.UPDATED));
      started.forEach(next -> changes.membership(next, ChangeType.CREATED));
    }
    return new HandoverOutcome(handover.successorCode(), date, dryRun, moved, already, List.of());
  }

  /**
   * Undoes a transfer of the handover: each moved practice is again a member of its predecessor.
   */
  public HandoverOutcome reverse(CcgHandover handover, boolean dryRun) {
    requireDistinct(handover);
    return undo(handover, dryRun);
  }

  @Transactional
  HandoverOutcome undo(CcgHandover handover, boolean dryRun) {
    LocalDate date = handover.effectiveDate();
    List<Membership[]> pairs =
        memberships.movedOn(handover.predecessorCodes(), handover.successorCode(), date);
    pairs.forEach(pair -> practices.lockForChange(pair[1].practiceCode));
    pairs = memberships.movedOn(handover.predecessorCodes(), handover.successorCode(), date);
    List<FieldViolation> blocked = new ArrayList<>();
    for (Membership[] pair : pairs) {
      Finding reverts = HandoverRule.reverting(pair[1], timelineOf(pair[1].practiceCode));
      if (!reverts.satisfied()) {
        blocked.add(new FieldViolation("practices." + pair[1].practiceCode, reverts.detail()));
      }
    }
    if (!blocked.isEmpty()) {
      throw new ProblemException(
          ProblemType.RULE_VIOLATED,
          blocked.size() + " practices cannot move back; nothing was moved",
          blocked);
    }
    List<PracticeMove> reverted =
        pairs.stream()
            .map(pair -> new PracticeMove(pair[1].practiceCode, pair[0].ccgCode))
            .toList();
    if (!dryRun) {
      for (Membership[] pair : pairs) {
        changes.membership(pair[1], ChangeType.DELETED);
        memberships.delete(pair[1]);
      }
      memberships.flush();
      for (Membership[] pair : pairs) {
        pair[0].validTo = pair[1].validTo;
        changes.membership(pair[0], ChangeType.UPDATED);
      }
      memberships.flush();
    }
    return new HandoverOutcome(
        handover.successorCode(), date, dryRun, List.of(), List.of(), reverted);
  }

  /** The practice's timeline; the practice is already locked, so loaded in this transaction. */
  private MembershipTimeline timelineOf(String practiceCode) {
    return MembershipTimeline.of(
        practices.findById(practiceCode), memberships.history(practiceCode));
  }

  private static void requireDistinct(CcgHandover handover) {
    if (handover.successorAmongPredecessors()) {
      throw ProblemException.invalid(
          "successorCode",
          "must not be one of the predecessors (" + handover.successorCode() + ")");
    }
  }
}
