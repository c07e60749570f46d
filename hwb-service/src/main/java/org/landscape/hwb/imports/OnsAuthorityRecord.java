package org.landscape.hwb.imports;

import org.landscape.hwb.domain.LocalAuthorityKind;

/** One council as the ONS files describe it. */
public record OnsAuthorityRecord(
    String code, String name, LocalAuthorityKind kind, String upperTierCode) {}
