package org.landscape.commissioning.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a contract agrees: who buys what from whom, for how much, over {@code [start, end)}. */
public record ContractTerms(
    Commissioner commissioner,
    String providerCode,
    String categoryCode,
    BigDecimal value,
    LocalDate startDate,
    LocalDate endDate) {}
