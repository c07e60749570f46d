package org.landscape.ccg.api;

/** Where a CCG stands on a date. */
public enum CcgStatus {
  PROPOSED,
  OPERATIONAL,
  CLOSED
}
