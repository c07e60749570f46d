package org.landscape.hwb.mapping;

import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.imports.LocalAuthorityImport;
import org.landscape.hwb.rest.LocalAuthorityViews.LocalAuthorityImportReport;
import org.landscape.hwb.rest.LocalAuthorityViews.LocalAuthorityView;

public final class LocalAuthorityMapper {

  private LocalAuthorityMapper() {}

  public static LocalAuthorityView toView(LocalAuthority authority) {
    return new LocalAuthorityView(
        authority.code,
        authority.name,
        authority.kind,
        authority.upperTierCode,
        authority.hostsHealthAndWellbeingBoard(),
        authority.validFrom,
        authority.validTo);
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
