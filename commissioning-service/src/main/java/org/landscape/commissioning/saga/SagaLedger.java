package org.landscape.commissioning.saga;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.landscape.commissioning.domain.Reconfiguration;
import org.landscape.commissioning.domain.ReconfigurationState;
import org.landscape.commissioning.domain.ReconfigurationStep;
import org.landscape.commissioning.domain.StepStatus;
import org.landscape.commissioning.repository.ReconfigurationRepository;

/**
 * The saga's persisted state, each change in its own short transaction, and only by the replica
 * that holds the reconfiguration's lease: a replica that lost its lease (it stalled past it and
 * another took over) writes nothing more.
 */
@ApplicationScoped
public class SagaLedger {

  private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

  @Inject ReconfigurationRepository reconfigurations;

  @Transactional
  public Optional<Long> claimNext(String owner, Duration lease) {
    return reconfigurations.claimNext(owner, lease);
  }

  @Transactional
  public Reconfiguration load(long id) {
    Reconfiguration reconfiguration = reconfigurations.findById(id);
    reconfiguration.predecessorCodes = List.copyOf(reconfiguration.predecessorCodes);
    return reconfiguration;
  }

  @Transactional
  public List<ReconfigurationStep> steps(long id) {
    return reconfigurations.steps(id);
  }

  /** Extends the lease; false if this replica no longer holds it. */
  @Transactional
  public boolean renew(long id, String owner, Duration lease) {
    Reconfiguration held = held(id, owner);
    if (held == null) {
      return false;
    }
    held.leaseUntil = now().plus(lease);
    return true;
  }

  @Transactional
  public boolean moveTo(long id, String owner, ReconfigurationState state, String reason) {
    Reconfiguration held = held(id, owner);
    if (held == null) {
      return false;
    }
    held.state = state;
    if (reason != null) {
      held.reason = reason;
    }
    if (state == ReconfigurationState.COMPLETED || state == ReconfigurationState.FAILED) {
      held.finishedAt = now();
      held.leaseOwner = null;
      held.leaseUntil = null;
    }
    return true;
  }

  @Transactional
  public boolean record(long id, String owner, int position, StepStatus status, String outcome) {
    Reconfiguration held = held(id, owner);
    if (held == null) {
      return false;
    }
    ReconfigurationStep step = step(id, position);
    step.status = status;
    step.outcome = outcome;
    step.attempts++;
    step.updatedAt = now();
    return true;
  }

  /** The step could not run now: it is tried again after a wait that grows with each attempt. */
  @Transactional
  public void waitToRetry(long id, String owner, int position, String why) {
    Reconfiguration held = held(id, owner);
    if (held == null) {
      return;
    }
    ReconfigurationStep step = step(id, position);
    step.attempts++;
    step.outcome = "waiting to retry (attempt " + step.attempts + "): " + why;
    step.updatedAt = now();
    long seconds = Math.min(LONGEST_WAIT.toSeconds(), 1L << Math.min(step.attempts, 6));
    held.nextAttemptAt = now().plusSeconds(seconds);
    held.leaseOwner = null;
    held.leaseUntil = null;
  }

  @Transactional
  public void release(long id, String owner) {
    Reconfiguration held = held(id, owner);
    if (held != null) {
      held.leaseOwner = null;
      held.leaseUntil = null;
    }
  }

  private Reconfiguration held(long id, String owner) {
    Reconfiguration reconfiguration = reconfigurations.findById(id, LockModeType.PESSIMISTIC_WRITE);
    boolean holds =
        reconfiguration != null
            && owner.equals(reconfiguration.leaseOwner)
            && reconfiguration.leaseUntil != null
            && reconfiguration.leaseUntil.isAfter(now());
    return holds ? reconfiguration : null;
  }

  private ReconfigurationStep step(long id, int position) {
    return reconfigurations.steps(id).stream()
        .filter(step -> step.position == position)
        .findFirst()
        .orElseThrow();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
