package org.landscape.commissioning.repository;

import java.time.LocalDate;
import org.landscape.commissioning.domain.ProviderKind;

/** Optional filters of a provider search; null means "any". */
public record ProviderFilter(String nameContains, ProviderKind kind, LocalDate openOn) {}
