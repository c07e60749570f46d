package org.landscape.hwb.mapping;

import org.landscape.hwb.api.LocalAuthorityView;
import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.domain.LocalAuthorityKind;
import org.landscape.hwb.imports.LocalAuthorityImport;
import org.landscape.hwb.rest.LocalAuthorityViews.LocalAuthorityImportReport;

public final class LocalAuthorityMapper {

  private LocalAuthorityMapper() {}

  public static LocalAuthorityView toView(LocalAuthority authority) {
    return new LocalAuthorityView(
        authority.code,
        authority.name,
        toApi(authority.kind),
        authority.upperTierCode,
        authority.hostsHealthAndWellbeingBoard(),
        authority.validFrom,
        authority.validTo);
  }

  /** A kind of council as hwb-api publishes it. */
  public static org.landscape.hwb.api.LocalAuthorityKind toApi(LocalAuthorityKind kind) {
    return kind == null ? null : org.landscape.hwb.api.LocalAuthorityKind.valueOf(kind.name());
  }

  /** A kind of council asked for by a client, as the domain knows it. */
  public static LocalAuthorityKind toDomain(org.landscape.hwb.api.LocalAuthorityKind kind) {
    return kind == null ? null : LocalAuthorityKind.valueOf(kind.name());
  }

  public static LocalAuthorityImportReport toReport(LocalAuthorityImport.Result result) {
    return new LocalAuthorityImportReport(
        result.dryRun(),
        result.authorities(),
        result.hostingBoards(),
        result.districtList(),
        result.skippedOutsideEngland(),
        result.created(),
        result.updated(),
        result.unchanged());
  }
}
