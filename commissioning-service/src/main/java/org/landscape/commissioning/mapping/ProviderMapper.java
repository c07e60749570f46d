package org.landscape.commissioning.mapping;

import org.landscape.commissioning.domain.Provider;
import org.landscape.commissioning.rest.ProviderViews;

public final class ProviderMapper {

  private ProviderMapper() {}

  public static ProviderViews.ProviderView toView(Provider provider) {
    return new ProviderViews.ProviderView(
        provider.code,
        provider.name,
        provider.kind,
        provider.openDate,
        provider.closeDate,
        provider.version);
  }
}
