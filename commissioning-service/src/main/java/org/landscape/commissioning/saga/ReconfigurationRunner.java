package org.landscape.commissioning.saga;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.landscape.commissioning.domain.Reconfiguration;
import org.landscape.commissioning.domain.ReconfigurationApproved;
import org.landscape.commissioning.domain.ReconfigurationState;
import org.landscape.commissioning.domain.ReconfigurationStep;
import org.landscape.commissioning.domain.StepStatus;

/**
 * Runs approved reconfigurations once their effective date has come: a persisted saga. Each step's
 * outcome is stored as soon as it is known, so after a restart of any service the saga goes on from
 * the first step not done. A step that fails for now (a peer down) is retried after a wait; a step
 * that can never succeed stops the saga, whose done steps are then undone in reverse order. With
 * several replicas, a lease on the reconfiguration lets one at a time run it.
 */
@ApplicationScoped
public class ReconfigurationRunner {

  private static final Logger LOG = Logger.getLogger(ReconfigurationRunner.class);
  private static final int MOST_PER_RUN = 500;

  private final String replica = UUID.randomUUID().toString();

  @Inject SagaLedger ledger;
  @Inject ReconfigurationSteps steps;

  @Inject ReconfigurationSettings settings;

  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean wokenDuringRun;
  private final ExecutorService wakeUps =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "reconfiguration-wake-up");
            thread.setDaemon(true);
            return thread;
          });

  @Scheduled(
      every = "${landscape.reconfiguration.interval}",
      delayed = "${landscape.reconfiguration.delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void runDue() {
    runWhileWoken();
  }

  /**
   * Runs as soon as an approval is committed rather than at the next look (when {@code
   * landscape.reconfiguration.wake-on-approval}), on a thread of its own.
   */
  void onApproved(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ReconfigurationApproved approved) {
    if (settings.wakeOnApproval()) {
      wakeUps.execute(this::runWhileWoken);
    }
  }

  /**
   * One run at a time in this replica, whether scheduled or woken: a wake-up that comes during a
   * run makes that run look again before it ends (or, at worst, the next scheduled look finds it).
   */
  private void runWhileWoken() {
    wokenDuringRun = true;
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      while (wokenDuringRun) {
        wokenDuringRun = false;
        runUntilIdle();
      }
    } finally {
      running.set(false);
    }
  }

  @PreDestroy
  void stopWakeUps() {
    wakeUps.shutdownNow();
  }

  /** Runs due reconfigurations until none is ready to go on; how many it finished. */
  public int runUntilIdle() {
    int finished = 0;
    for (int run = 0; run < MOST_PER_RUN; run++) {
      Optional<Long> claimed = ledger.claimNext(replica, settings.lease());
      if (claimed.isEmpty()) {
        break;
      }
      if (!runClaimed(claimed.get())) {
        break;
      }
      finished++;
    }
    return finished;
  }

  /** Runs the saga as far as it goes now; true if it reached an end (completed or failed). */
  private boolean runClaimed(long id) {
    Reconfiguration reconfiguration = ledger.load(id);
    if (reconfiguration.state == ReconfigurationState.APPROVED
        && !ledger.moveTo(id, replica, ReconfigurationState.EXECUTING, null)) {
      return false;
    }
    if (reconfiguration.state != ReconfigurationState.COMPENSATING) {
      Boolean executed = execute(reconfiguration);
      if (executed == null) {
        return false;
      }
      if (executed) {
        LOG.infof("reconfiguration %d completed", id);
        return ledger.moveTo(id, replica, ReconfigurationState.COMPLETED, null);
      }
    }
    if (!compensate(ledger.load(id))) {
      return false;
    }
    LOG.warnf("reconfiguration %d failed and was compensated", id);
    return ledger.moveTo(id, replica, ReconfigurationState.FAILED, null);
  }

  /** True when every step is done, false when one can never succeed, null to wait and retry. */
  private Boolean execute(Reconfiguration reconfiguration) {
    long id = reconfiguration.id;
    for (ReconfigurationStep step : ledger.steps(id)) {
      if (step.status != StepStatus.PENDING) {
        continue;
      }
      if (!ledger.renew(id, replica, settings.lease())) {
        return null;
      }
      try {
        String outcome = steps.run(step.kind, reconfiguration);
        if (!ledger.record(id, replica, step.position, StepStatus.DONE, outcome)) {
          return null;
        }
      } catch (StepFailure failure) {
        if (!failure.permanent()) {
          LOG.infof("reconfiguration %d, %s: %s", id, step.kind, failure.getMessage());
          ledger.waitToRetry(id, replica, step.position, failure.getMessage());
          return null;
        }
        ledger.record(id, replica, step.position, StepStatus.FAILED, failure.getMessage());
        ledger.moveTo(
            id,
            replica,
            ReconfigurationState.COMPENSATING,
            step.kind + " can never succeed: " + failure.getMessage());
        return false;
      } catch (RuntimeException unexpected) {
        LOG.errorf(unexpected, "reconfiguration %d, %s failed unexpectedly", id, step.kind);
        ledger.waitToRetry(id, replica, step.position, "unexpected failure; see the logs");
        return null;
      }
    }
    return true;
  }

  /** Undoes the done steps, last first; false to wait and retry. */
  private boolean compensate(Reconfiguration reconfiguration) {
    long id = reconfiguration.id;
    List<ReconfigurationStep> done =
        ledger.steps(id).stream().filter(step -> step.status == StepStatus.DONE).toList();
    for (ReconfigurationStep step : done.reversed()) {
      if (!ledger.renew(id, replica, settings.lease())) {
        return false;
      }
      try {
        String outcome = steps.compensate(step.kind, reconfiguration);
        if (!ledger.record(id, replica, step.position, StepStatus.COMPENSATED, outcome)) {
          return false;
        }
      } catch (StepFailure failure) {
        if (!failure.permanent()) {
          ledger.waitToRetry(id, replica, step.position, failure.getMessage());
          return false;
        }
        ledger.record(id, replica, step.position, StepStatus.NOT_COMPENSATED, failure.getMessage());
      } catch (RuntimeException unexpected) {
        LOG.errorf(unexpected, "reconfiguration %d, undoing %s failed unexpectedly", id, step.kind);
        ledger.waitToRetry(id, replica, step.position, "unexpected failure; see the logs");
        return false;
      }
    }
    return true;
  }
}
