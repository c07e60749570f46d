package org.landscape.practice.domain;

/** How a membership came about: asserted by a fact, or carried by its CCG's succession. */
public enum MembershipOrigin {
  /** Asserted by a row of an ODS epraccur file. */
  IMPORT,
  /** Asserted by a transfer between CCGs. */
  TRANSFER,
  /** Asserted when the practice was registered through the API. */
  REGISTRATION,
  /** Asserted by a correction of an earlier fact. */
  CORRECTION,
  /** Derived: the practice went with its CCG into that CCG's successor. */
  SUCCESSION;

  public boolean asserted() {
    return this != SUCCESSION;
  }
}
