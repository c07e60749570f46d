package org.landscape.ccg.repository;

/** HQL fragments for half-open validity periods {@code [validFrom, validTo)}. */
final class Dated {

  private Dated() {}

  /** {@code alias} is valid on the date bound to {@code :asOf}. */
  static String validOn(String alias) {
    return "("
        + alias
        + ".validFrom is null or "
        + alias
        + ".validFrom <= :asOf) and ("
        + alias
        + ".validTo is null or "
        + alias
        + ".validTo > :asOf)";
  }
}
