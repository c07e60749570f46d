package org.landscape.commissioning.saga;

/**
 * Why a step did not succeed: either it may succeed later (a peer is down or timed out: the saga
 * waits and retries), or never (a peer refused it: the saga stops and compensates).
 */
public class StepFailure extends RuntimeException {

  private final boolean permanent;

  private StepFailure(String message, boolean permanent) {
    super(message);
    this.permanent = permanent;
  }

  public static StepFailure retryLater(String message) {
    return new StepFailure(message, false);
  }

  public static StepFailure never(String message) {
    return new StepFailure(message, true);
  }

  public boolean permanent() {
    return permanent;
  }
}
