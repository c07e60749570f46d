package org.landscape.commissioning.repository;

import java.time.LocalDate;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.ContractStatus;

/** Optional filters of a contract search; null means "any". */
public record ContractFilter(
    CommissionerKind commissionerKind,
    String commissionerCode,
    String providerCode,
    String categoryCode,
    ContractStatus status,
    LocalDate inForceOn) {}
