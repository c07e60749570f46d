package org.landscape.ccg.api;

/**
 * A stage a CCG went through before it became operational: a pathfinder testing new models of
 * clinical commissioning, the shadow form with delegated budgets during the 2012-13 dual running
 * with the PCTs, and authorisation (with or without conditions).
 */
public enum CcgStage {
  PATHFINDER,
  SHADOW,
  AUTHORISED
}
