package org.landscape.commissioning.client;

import org.landscape.ccg.api.CcgLookup;
import org.landscape.commissioning.domain.CcgLifespan;

/** ccg-service's answer for a code, as the lifespan the contract rules judge by. */
public final class CcgLifespans {

  private CcgLifespans() {}

  public static CcgLifespan of(CcgLookup.Result ccg) {
    return new CcgLifespan(ccg.code(), ccg.known(), ccg.name(), ccg.openDate(), ccg.closeDate());
  }
}
