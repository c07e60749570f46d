package org.landscape.hwb.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.hwb.domain.CcgCover;
import org.landscape.hwb.domain.CcgStanding;
import org.landscape.hwb.domain.IcbCover;

/** ccg-service's answers, as the domain's rules take them. */
final class CcgFacts {

  private CcgFacts() {}

  /** The CCGs ccg-service says cover the council on the date. */
  static List<CcgCover> coversOn(List<CcgSummary> covering, LocalDate date) {
    return covering.stream().map(ccg -> CcgCover.on(ccg.code(), ccg.name(), date)).toList();
  }

  /** What the look-up says of the code; unknown when it has no answer for it. */
  static CcgStanding standing(CcgLookup.Result ccg, String code) {
    return ccg == null
        ? CcgStanding.unknown(code)
        : new CcgStanding(
            code,
            ccg.known(),
            ccg.name(),
            ccg.operational(),
            ccg.openDate(),
            ccg.closeDate(),
            ccg.authorityCodes());
  }

  /** Why the looked-up CCG was not operational on the date; empty when it was. */
  static Optional<String> whyNotOperational(
      Map<String, CcgLookup.Result> lookedUp, String code, LocalDate date) {
    return standing(lookedUp.get(code), code).whyNotOperational(date);
  }

  /** The ICBs of the looked-up sub-ICB locations, each once, by code. */
  static List<IcbCover> icbsOf(Collection<CcgLookup.Result> locations) {
    Map<String, IcbCover> icbs = new TreeMap<>();
    for (CcgLookup.Result location : locations) {
      if (location != null && location.icb() != null) {
        icbs.putIfAbsent(
            location.icb().code(), new IcbCover(location.icb().code(), location.icb().name()));
      }
    }
    return List.copyOf(icbs.values());
  }
}
