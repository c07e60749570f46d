package org.landscape.hwb.api;

/** A board meets in shadow form from its shadow start and is statutory from its statutory start. */
public enum BoardStage {
  SHADOW,
  STATUTORY
}
