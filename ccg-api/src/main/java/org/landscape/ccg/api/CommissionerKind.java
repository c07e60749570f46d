package org.landscape.ccg.api;

import java.time.LocalDate;
import org.landscape.common.time.CommissionerEra;

/** What a code of the commissioner register is on a date: a CCG, or a sub-ICB location. */
public enum CommissionerKind {
  CCG,
  SUB_ICB_LOCATION;

  public static CommissionerKind on(LocalDate date) {
    return CommissionerEra.on(date) == CommissionerEra.CCG ? CCG : SUB_ICB_LOCATION;
  }
}
