package org.landscape.hwb.domain;

/** The optional filters of a local-authority search; null means "any". */
public record LocalAuthorityFilter(
    String nameContains, LocalAuthorityKind kind, String upperTierCode, Boolean hostsBoard) {}
