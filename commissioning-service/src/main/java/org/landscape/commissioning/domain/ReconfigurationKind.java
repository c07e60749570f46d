package org.landscape.commissioning.domain;

/** A merger of CCGs into a new or surviving one, or the closure of one with a transfer. */
public enum ReconfigurationKind {
  MERGER,
  CLOSURE
}
