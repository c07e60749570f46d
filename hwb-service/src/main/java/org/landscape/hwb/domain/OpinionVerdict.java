package org.landscape.hwb.domain;

/** Whether a CCG's draft commissioning plan takes proper account of the board's strategy. */
public enum OpinionVerdict {
  TAKES_PROPER_ACCOUNT,
  DOES_NOT_TAKE_PROPER_ACCOUNT
}
