package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.landscape.commissioning.domain.Reconfiguration;
import org.landscape.commissioning.domain.ReconfigurationApproved;
import org.landscape.commissioning.domain.ReconfigurationKind;
import org.landscape.commissioning.domain.ReconfigurationState;
import org.landscape.commissioning.domain.ReconfigurationStep;
import org.landscape.commissioning.domain.StepKind;
import org.landscape.commissioning.domain.StepStatus;
import org.landscape.commissioning.repository.ReconfigurationRepository;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.FieldViolation;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;

/**
 * Proposes, approves and cancels CCG reconfigurations; the saga runner executes approved ones on
 * their effective date.
 */
@ApplicationScoped
public class ReconfigurationService {

  /**
   * A merger of CCGs into a new or surviving one, or the closure of one CCG whose practices,
   * contracts and seats pass to another; {@code newSuccessorName} is null for a surviving one.
   */
  public record Proposal(
      ReconfigurationKind kind,
      List<String> predecessorCodes,
      String successorCode,
      String newSuccessorName,
      LocalDate effectiveDate) {}

  /** A reconfiguration with its steps, in order. */
  public record Tracked(Reconfiguration reconfiguration, List<ReconfigurationStep> steps) {}

  @Inject ReconfigurationRepository reconfigurations;
  @Inject ReconfigurationPreviews previews;
  @Inject Event<ReconfigurationApproved> approvals;

  @Transactional
  public Tracked propose(Proposal proposal) {
    ProblemException.requireNone(check(proposal));
    if (reconfigurations.existsFor(proposal.successorCode(), proposal.effectiveDate())) {
      throw ProblemException.conflict(
          "A reconfiguration into "
              + proposal.successorCode()
              + " on "
              + proposal.effectiveDate()
              + " is already proposed or under way");
    }
    Reconfiguration reconfiguration =
        record(
            proposal.kind(),
            proposal.predecessorCodes(),
            proposal.successorCode(),
            proposal.newSuccessorName(),
            proposal.effectiveDate(),
            ReconfigurationState.PROPOSED);
    return view(reconfiguration.id);
  }

  /** Records a reconfiguration with its steps, all pending. */
  @Transactional
  public Reconfiguration record(
      ReconfigurationKind kind,
      List<String> predecessorCodes,
      String successorCode,
      String newSuccessorName,
      LocalDate effectiveDate,
      ReconfigurationState state) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Reconfiguration reconfiguration = new Reconfiguration();
    reconfiguration.kind = kind;
    reconfiguration.predecessorCodes = List.copyOf(predecessorCodes);
    reconfiguration.successorCode = successorCode;
    reconfiguration.successorName = newSuccessorName == null ? null : newSuccessorName.strip();
    reconfiguration.successorIsNew = newSuccessorName != null;
    reconfiguration.effectiveDate = effectiveDate;
    reconfiguration.state = state;
    reconfiguration.proposedAt = now;
    reconfiguration.approvedAt = state == ReconfigurationState.APPROVED ? now : null;
    reconfiguration.nextAttemptAt = now;
    reconfigurations.persist(reconfiguration);
    reconfigurations.flush();
    if (state == ReconfigurationState.APPROVED) {
      approvals.fire(new ReconfigurationApproved(reconfiguration.id));
    }
    StepKind[] kinds = StepKind.values();
    for (int position = 0; position < kinds.length; position++) {
      ReconfigurationStep step = new ReconfigurationStep();
      step.reconfigurationId = reconfiguration.id;
      step.position = position + 1;
      step.kind = kinds[position];
      step.status = StepStatus.PENDING;
      step.updatedAt = now;
      reconfigurations.getEntityManager().persist(step);
    }
    return reconfiguration;
  }

  /** Approves a proposal whose preview shows nothing in its way; it runs on its effective date. */
  public Tracked approve(long id) {
    Reconfiguration reconfiguration = require(id);
    requireState(reconfiguration, ReconfigurationState.PROPOSED, "approved");
    List<String> blockers = previews.preview(reconfiguration).blockers();
    if (!blockers.isEmpty()) {
      throw new ProblemException(
          ProblemType.RULE_VIOLATED,
          "Reconfiguration " + id + " cannot be approved while its preview lists blockers",
          blockers.stream()
              .map(blocker -> new FieldViolation("preview.blockers", blocker))
              .toList());
    }
    markApproved(id);
    return view(id);
  }

  @Transactional
  void markApproved(long id) {
    Reconfiguration reconfiguration = require(id);
    requireState(reconfiguration, ReconfigurationState.PROPOSED, "approved");
    reconfiguration.state = ReconfigurationState.APPROVED;
    reconfiguration.approvedAt = OffsetDateTime.now(ZoneOffset.UTC);
    approvals.fire(new ReconfigurationApproved(id));
  }

  /** Cancels a reconfiguration whose saga has not begun. */
  @Transactional
  public Tracked cancel(long id, String reason) {
    Reconfiguration reconfiguration = require(id);
    if (reconfiguration.state != ReconfigurationState.PROPOSED
        && reconfiguration.state != ReconfigurationState.APPROVED) {
      throw ProblemException.conflict(
          "Reconfiguration "
              + id
              + " is "
              + reconfiguration.state
              + "; only a proposed or approved one not yet begun can be cancelled");
    }
    reconfiguration.state = ReconfigurationState.CANCELLED;
    reconfiguration.reason = reason;
    reconfiguration.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
    return view(id);
  }

  @Transactional
  public Tracked view(long id) {
    return new Tracked(require(id), reconfigurations.steps(id));
  }

  @Transactional
  public Page<Tracked> search(ReconfigurationState state, PageRequest page) {
    Page<Reconfiguration> found = reconfigurations.search(state, page);
    return new Page<>(
        found.items().stream().map(r -> new Tracked(r, reconfigurations.steps(r.id))).toList(),
        found.total(),
        found.limit(),
        found.offset());
  }

  @Transactional
  public Reconfiguration require(long id) {
    Reconfiguration reconfiguration = reconfigurations.findById(id);
    if (reconfiguration == null) {
      throw ProblemException.notFound("Reconfiguration", Long.toString(id));
    }
    reconfiguration.predecessorCodes = new ArrayList<>(reconfiguration.predecessorCodes);
    return reconfiguration;
  }

  private static void requireState(
      Reconfiguration reconfiguration, ReconfigurationState expected, String verb) {
    if (reconfiguration.state != expected) {
      throw ProblemException.conflict(
          "Reconfiguration "
              + reconfiguration.id
              + " is "
              + reconfiguration.state
              + "; only a "
              + expected
              + " one can be "
              + verb);
    }
  }

  private static List<FieldViolation> check(Proposal proposal) {
    List<FieldViolation> violations = new ArrayList<>();
    List<String> predecessors = proposal.predecessorCodes();
    if (new HashSet<>(predecessors).size() != predecessors.size()) {
      violations.add(new FieldViolation("predecessorCodes", "must not name a CCG twice"));
    }
    if (predecessors.contains(proposal.successorCode())) {
      violations.add(new FieldViolation("successorCode", "must not be one of the predecessors"));
    }
    if (proposal.kind() == ReconfigurationKind.CLOSURE) {
      if (predecessors.size() != 1) {
        violations.add(new FieldViolation("predecessorCodes", "a closure closes exactly one CCG"));
      }
      if (proposal.newSuccessorName() != null) {
        violations.add(
            new FieldViolation(
                "newSuccessorName",
                "a closure hands over to an existing CCG; propose a merger to create one"));
      }
    }
    return violations;
  }
}
