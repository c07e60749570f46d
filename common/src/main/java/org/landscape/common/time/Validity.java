package org.landscape.common.time;

import java.time.LocalDate;

/** A half-open validity period {@code [from, to)}; a null end is open. */
public final class Validity {

  private Validity() {}

  public static boolean contains(LocalDate from, LocalDate to, LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
  }

  public static boolean isOrdered(LocalDate from, LocalDate to) {
    return from == null || to == null || to.isAfter(from);
  }
}
