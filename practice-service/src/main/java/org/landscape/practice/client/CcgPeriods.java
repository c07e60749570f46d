package org.landscape.practice.client;

import org.landscape.ccg.api.CcgLookup;
import org.landscape.practice.domain.CcgOperationalPeriod;

/** ccg-service's answer for a code, as the operational period the membership rules judge by. */
public final class CcgPeriods {

  private CcgPeriods() {}

  /** The period; null when ccg-service said nothing of the code. */
  public static CcgOperationalPeriod of(CcgLookup.Result ccg) {
    return ccg == null
        ? null
        : new CcgOperationalPeriod(ccg.code(), ccg.known(), ccg.openDate(), ccg.closeDate());
  }
}
