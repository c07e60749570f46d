package org.landscape.commissioning.domain;

/** The saga's steps, in the order they run: each one service's part of the reconfiguration. */
public enum StepKind {
  /** ccg-service: the successor exists and is operational from the effective date. */
  ESTABLISH_SUCCESSOR("ccg-service"),
  /** practice-service: every member practice of the predecessors moves to the successor. */
  TRANSFER_PRACTICES("practice-service"),
  /** commissioning-service: every active contract of the predecessors is novated. */
  NOVATE_CONTRACTS("commissioning-service"),
  /** hwb-service: every board's seats of the predecessors pass to the successor. */
  HAND_OVER_BOARD_SEATS("hwb-service"),
  /** ccg-service: the predecessors close on the date, with links to the successor. */
  CLOSE_PREDECESSORS("ccg-service");

  private final String service;

  StepKind(String service) {
    this.service = service;
  }

  public String service() {
    return service;
  }
}
