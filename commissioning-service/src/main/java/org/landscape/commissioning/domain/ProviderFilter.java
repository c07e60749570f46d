package org.landscape.commissioning.domain;

import java.time.LocalDate;

/** Optional filters of a provider search; null means "any". */
public record ProviderFilter(String nameContains, ProviderKind kind, LocalDate openOn) {}
