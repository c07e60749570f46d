package org.landscape.commissioning.domain;

public enum StepStatus {
  PENDING,
  DONE,
  FAILED,
  COMPENSATED,
  NOT_COMPENSATED
}
