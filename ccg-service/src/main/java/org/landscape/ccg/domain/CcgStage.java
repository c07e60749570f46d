package org.landscape.ccg.domain;

/**
 * A stage a CCG went through before it became operational, in the order they come: a pathfinder
 * testing new models of clinical commissioning (seeds), the shadow form with delegated budgets
 * during the 2012-13 dual running with the PCTs, and authorisation (with or without conditions).
 */
public enum CcgStage {
  PATHFINDER,
  SHADOW,
  AUTHORISED
}
