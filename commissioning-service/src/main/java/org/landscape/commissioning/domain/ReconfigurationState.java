package org.landscape.commissioning.domain;

/**
 * PROPOSED → APPROVED → EXECUTING → COMPLETED; a step that can never succeed: COMPENSATING →
 * FAILED. A proposal (or an approved one not yet started) can be CANCELLED.
 */
public enum ReconfigurationState {
  PROPOSED,
  APPROVED,
  EXECUTING,
  COMPLETED,
  COMPENSATING,
  FAILED,
  CANCELLED;

  public boolean isRunnable() {
    return this == APPROVED || this == EXECUTING || this == COMPENSATING;
  }
}
