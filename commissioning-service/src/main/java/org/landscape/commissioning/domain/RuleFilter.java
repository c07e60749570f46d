package org.landscape.commissioning.domain;

import java.time.LocalDate;

/** Optional filters of a rule search; null means "any". */
public record RuleFilter(
    String categoryCode, CommissionerKind commissionerKind, LocalDate validOn) {}
