package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.SubIcbLocation;
import org.landscape.ccg.repository.SubIcbLocationRepository;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.CommissionerEra;

/**
 * Keeps a code's life as a sub-ICB location in step with the register: the location ends when the
 * code closes, and a successor from 2022-07-01 of a sub-ICB location is a sub-ICB location of the
 * same ICB (locations of different ICBs never merge).
 */
@ApplicationScoped
public class SubIcbLocationLifecycle {

  @Inject SubIcbLocationRepository locations;
  @Inject IcbChanges changes;

  /** Ends the code's location periods that outlast its operational period. */
  public void endWith(Ccg ccg) {
    if (ccg.closeDate == null) {
      return;
    }
    for (SubIcbLocation location : locations.history(ccg.code)) {
      if (location.validTo != null && !location.validTo.isAfter(ccg.closeDate)) {
        continue;
      }
      if (!ccg.closeDate.isAfter(location.validFrom)) {
        throw ProblemException.ruleViolated(
            ccg.code
                + " cannot close on "
                + ccg.closeDate
                + ": it is a sub-ICB location of "
                + location.icbCode
                + " from "
                + location.validFrom);
      }
      location.validTo = ccg.closeDate;
      changes.located(location, false);
    }
  }

  /**
   * Makes the successor a sub-ICB location of its predecessor's ICB from the effective date; true
   * when that made a new period.
   */
  public boolean carryTo(Ccg successor, String predecessorCode, LocalDate effectiveDate) {
    if (effectiveDate.isBefore(CommissionerEra.ICB_ERA_BEGINS)) {
      return false;
    }
    Optional<SubIcbLocation> before = locations.on(predecessorCode, effectiveDate.minusDays(1));
    if (before.isEmpty()) {
      return false;
    }
    String icbCode = before.get().icbCode;
    Optional<SubIcbLocation> existing = locations.on(successor.code, effectiveDate);
    if (existing.isPresent()) {
      if (!existing.get().icbCode.equals(icbCode)) {
        throw ProblemException.ruleViolated(
            "Sub-ICB locations of different ICBs cannot merge: "
                + predecessorCode
                + " is in "
                + icbCode
                + ", "
                + successor.code
                + " in "
                + existing.get().icbCode);
      }
      return false;
    }
    SubIcbLocation next = new SubIcbLocation();
    next.ccgCode = successor.code;
    next.icbCode = icbCode;
    next.name = successor.name;
    next.validFrom = effectiveDate;
    next.validTo = successor.closeDate;
    next.source = "succession of " + predecessorCode + " on " + effectiveDate;
    changes.located(next, true);
    return true;
  }
}
