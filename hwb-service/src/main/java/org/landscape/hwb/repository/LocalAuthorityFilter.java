package org.landscape.hwb.repository;

import org.landscape.hwb.domain.LocalAuthorityKind;

/** The optional filters of a local-authority search; null means "any". */
public record LocalAuthorityFilter(
    String nameContains, LocalAuthorityKind kind, String upperTierCode, Boolean hostsBoard) {}
