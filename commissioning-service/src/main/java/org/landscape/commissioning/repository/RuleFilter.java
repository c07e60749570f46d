package org.landscape.commissioning.repository;

import java.time.LocalDate;
import org.landscape.commissioning.domain.CommissionerKind;

/** Optional filters of a rule search; null means "any". */
public record RuleFilter(
    String categoryCode, CommissionerKind commissionerKind, LocalDate validOn) {}
