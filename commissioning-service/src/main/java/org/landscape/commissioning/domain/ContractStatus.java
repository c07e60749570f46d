package org.landscape.commissioning.domain;

/** Where a contract is in its lifecycle: DRAFT → ACTIVE → TERMINATED or NOVATED. */
public enum ContractStatus {
  DRAFT,
  ACTIVE,
  TERMINATED,
  NOVATED
}
