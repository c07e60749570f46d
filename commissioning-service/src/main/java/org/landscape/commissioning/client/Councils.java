package org.landscape.commissioning.client;

import org.landscape.commissioning.domain.Council;
import org.landscape.hwb.api.LocalAuthorityView;

/** hwb-service's answer for a council, as the council the domain's rules read. */
public final class Councils {

  private Councils() {}

  /** Upper-tier councils (all but districts) host a board and commission public health. */
  public static Council of(LocalAuthorityView council) {
    return new Council(
        council.code(),
        council.name(),
        council.hostsHealthAndWellbeingBoard(),
        council.upperTierCode(),
        council.validTo());
  }
}
