package org.landscape.practice.api;

/** How a membership came about. */
public enum MembershipOrigin {
  /** From an ODS epraccur file. */
  IMPORT,
  /** From a transfer between CCGs. */
  TRANSFER,
  /** Given when the practice was registered through the API. */
  REGISTRATION
}
