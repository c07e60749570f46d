package org.landscape.hwb.mapping;

import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.rest.LocalAuthorityView;

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
}
