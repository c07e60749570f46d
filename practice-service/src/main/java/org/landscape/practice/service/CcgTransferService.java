package org.landscape.practice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.reconfiguration.CcgHandover;
import org.landscape.practice.client.CcgDirectory;
import org.landscape.practice.client.CcgStatus;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipOrigin;
import org.landscape.practice.repository.MembershipRepository;
import org.landscape.practice.repository.PracticeRepository;
import org.landscape.practice.rest.PracticeViews.CcgTransferResult;
import org.landscape.practice.rest.PracticeViews.MovedPractice;

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
  @Inject CcgDirectory ccgs;

  public CcgTransferResult transfer(CcgHandover handover, boolean dryRun) {
    requireDistinct(handover);
    // asked before any lock is taken: a slow peer must not hold the practices' rows
    CcgStatus successor =
        ccgs.statusOf(handover.successorCode(), "check the successor CCG of the transfer");
    LocalDate date = handover.effectiveDate();
    if (successor == null || !successor.operationalFrom(date, date.plusDays(1))) {
      String why =
          successor == null
              ? "CCG " + handover.successorCode() + " does not exist"
              : successor.whyNotOperational(date);
      throw ProblemException.ruleViolated(
          "The practices cannot move to " + handover.successorCode() + ": " + why);
    }
    return move(handover, dryRun);
  }

  @Transactional
  CcgTransferResult move(CcgHandover handover, boolean dryRun) {
    LocalDate date = handover.effectiveDate();
    List<Membership> leaving = memberships.ofCcgsOn(handover.predecessorCodes(), date);
    leaving.forEach(membership -> practices.lockForChange(membership.practiceCode));
    leaving = memberships.ofCcgsOn(handover.predecessorCodes(), date);
    List<FieldViolation> blocked = new ArrayList<>();
    for (Membership membership : leaving) {
      String why = whyCannotMove(membership, date);
      if (why != null) {
        blocked.add(new FieldViolation("practices." + membership.practiceCode, why));
      }
    }
    if (!blocked.isEmpty()) {
      throw new ProblemException(
          ProblemType.RULE_VIOLATED,
          blocked.size() + " member practices cannot move; nothing was moved",
          blocked);
    }
    List<MovedPractice> moved =
        leaving.stream().map(m -> new MovedPractice(m.practiceCode, m.ccgCode)).toList();
    List<MovedPractice> already =
        memberships.movedOn(handover.predecessorCodes(), handover.successorCode(), date).stream()
            .map(pair -> new MovedPractice(pair[1].practiceCode, pair[0].ccgCode))
            .toList();
    if (!dryRun && !leaving.isEmpty()) {
      List<Membership> started = new ArrayList<>();
      for (Membership current : leaving) {
        Membership next = new Membership();
        next.practiceCode = current.practiceCode;
        next.ccgCode = handover.successorCode();
        next.validFrom = date;
        next.validTo = current.validTo;
        next.origin = MembershipOrigin.TRANSFER;
        current.validTo = date;
        started.add(next);
      }
      memberships.flush();
      memberships.persist(started);
      memberships.flush();
      leaving.forEach(current -> changes.membership(current, ChangeType.UPDATED));
      started.forEach(next -> changes.membership(next, ChangeType.CREATED));
    }
    return new CcgTransferResult(handover.successorCode(), date, dryRun, moved, already, List.of());
  }

  /**
   * Undoes a transfer of the handover: each moved practice is again a member of its predecessor.
   */
  public CcgTransferResult reverse(CcgHandover handover, boolean dryRun) {
    requireDistinct(handover);
    return undo(handover, dryRun);
  }

  @Transactional
  CcgTransferResult undo(CcgHandover handover, boolean dryRun) {
    LocalDate date = handover.effectiveDate();
    List<Membership[]> pairs =
        memberships.movedOn(handover.predecessorCodes(), handover.successorCode(), date);
    pairs.forEach(pair -> practices.lockForChange(pair[1].practiceCode));
    pairs = memberships.movedOn(handover.predecessorCodes(), handover.successorCode(), date);
    List<FieldViolation> blocked = new ArrayList<>();
    for (Membership[] pair : pairs) {
      List<Membership> history = memberships.history(pair[1].practiceCode);
      if (!history.getLast().id.equals(pair[1].id)) {
        blocked.add(
            new FieldViolation(
                "practices." + pair[1].practiceCode,
                "has a later membership from "
                    + history.getLast().validFrom
                    + "; history is never rewritten"));
      }
    }
    if (!blocked.isEmpty()) {
      throw new ProblemException(
          ProblemType.RULE_VIOLATED,
          blocked.size() + " practices cannot move back; nothing was moved",
          blocked);
    }
    List<MovedPractice> reverted =
        pairs.stream()
            .map(pair -> new MovedPractice(pair[1].practiceCode, pair[0].ccgCode))
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
    return new CcgTransferResult(
        handover.successorCode(), date, dryRun, List.of(), List.of(), reverted);
  }

  private String whyCannotMove(Membership membership, LocalDate date) {
    if (!membership.validFrom.isBefore(date)) {
      return "joined " + membership.ccgCode + " on " + date + ", the day it hands over";
    }
    List<Membership> history = memberships.history(membership.practiceCode);
    if (!history.getLast().id.equals(membership.id)) {
      return "has a later membership from "
          + history.getLast().validFrom
          + " (in "
          + history.getLast().ccgCode
          + "); history is never rewritten";
    }
    return null;
  }

  private static void requireDistinct(CcgHandover handover) {
    if (handover.successorAmongPredecessors()) {
      throw ProblemException.invalid(
          "successorCode",
          "must not be one of the predecessors (" + handover.successorCode() + ")");
    }
  }
}
