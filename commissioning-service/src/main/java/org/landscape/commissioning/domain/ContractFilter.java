package org.landscape.commissioning.domain;

import java.time.LocalDate;

/** Optional filters of a contract search; null means "any". */
public record ContractFilter(
    CommissionerKind commissionerKind,
    String commissionerCode,
    String providerCode,
    String categoryCode,
    ContractStatus status,
    LocalDate inForceOn) {}
