package org.landscape.common.time;

import java.time.LocalDate;
import java.time.ZoneId;

/** Resolves the {@code asOf} date of a query: the date given, or today in England. */
public final class AsOf {

  public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

  private AsOf() {}

  public static LocalDate orToday(LocalDate asOf) {
    return asOf != null ? asOf : LocalDate.now(ENGLAND);
  }
}
