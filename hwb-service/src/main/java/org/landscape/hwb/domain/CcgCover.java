package org.landscape.hwb.domain;

import java.time.LocalDate;
import org.landscape.common.time.Validity;

/**
 * A CCG covering part of a council's area over {@code [from, to)} (null ends are open), with its
 * name as ccg-service gives it: what makes the CCG relevant to the council's board then.
 */
public record CcgCover(String code, String name, LocalDate from, LocalDate to) {

  /** A CCG known to cover the council on the date, and on no other day that is known. */
  public static CcgCover on(String code, String name, LocalDate date) {
    return new CcgCover(code, name, date, date.plusDays(1));
  }

  public boolean isValidOn(LocalDate date) {
    return Validity.contains(from, to, date);
  }
}
