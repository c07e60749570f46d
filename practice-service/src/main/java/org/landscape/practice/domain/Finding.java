package org.landscape.practice.domain;

/**
 * One rule's verdict on one case: which rule (a stable code the caller may act on), whether it is
 * satisfied, and, when it is not, the detail a client is told.
 */
public record Finding(String rule, boolean satisfied, String detail) {

  public static Finding holds(String rule) {
    return new Finding(rule, true, null);
  }

  public static Finding broken(String rule, String detail) {
    return new Finding(rule, false, detail);
  }
}
