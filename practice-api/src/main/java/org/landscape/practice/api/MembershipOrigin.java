package org.landscape.practice.api;

/** How a membership came about: asserted by a fact, or carried by its CCG's succession. */
public enum MembershipOrigin {
  /** From an ODS epraccur file. */
  IMPORT,
  /** From a transfer between CCGs. */
  TRANSFER,
  /** Given when the practice was registered through the API. */
  REGISTRATION,
  /** From a correction of an earlier fact. */
  CORRECTION,
  /** Derived: the practice went with its CCG into that CCG's successor. */
  SUCCESSION
}
