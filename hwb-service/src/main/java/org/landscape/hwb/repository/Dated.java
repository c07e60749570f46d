package org.landscape.hwb.repository;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;

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

  /**
   * {@code alias} overlaps the period bound to {@code :from} and, when it has an end, {@code :to}
   * (an open end cannot be bound as a typed null, so the fragment differs).
   */
  static String overlaps(String alias, boolean boundedPeriod) {
    String endsAfterFrom = "(" + alias + ".validTo is null or " + alias + ".validTo > :from)";
    return boundedPeriod ? endsAfterFrom + " and " + alias + ".validFrom < :to" : endsAfterFrom;
  }

  /** {@code alias} starts before {@code :from} or, when the period has an end, ends after it. */
  static String outside(String alias, boolean boundedPeriod) {
    String startsBefore = alias + ".validFrom < :from";
    return boundedPeriod
        ? "(" + startsBefore + " or " + alias + ".validTo is null or " + alias + ".validTo > :to)"
        : startsBefore;
  }

  /** Binds {@code :from} and, for a bounded period, {@code :to}. */
  static Parameters period(LocalDate from, LocalDate to) {
    Parameters parameters = Parameters.with("from", from);
    return to == null ? parameters : parameters.and("to", to);
  }
}
