package org.landscape.practice.api;

/** A practice's status, as ODS records it. */
public enum PracticeStatus {
  ACTIVE,
  DORMANT,
  CLOSED,
  PROPOSED
}
