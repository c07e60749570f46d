package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.landscape.commissioning.domain.Provider;
import org.landscape.commissioning.mapping.ProviderMapper;
import org.landscape.commissioning.repository.ProviderRepository;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;

/** Writes a provider and its change event together, whoever makes the change (API or import). */
@ApplicationScoped
public class ProviderChanges {

  public static final String RESOURCE_TYPE = "provider";

  @Inject ProviderRepository providers;
  @Inject ChangeFeed changeFeed;

  public void created(Provider provider) {
    providers.persist(provider);
    changeFeed.record(
        RESOURCE_TYPE, provider.code, ChangeType.CREATED, ProviderMapper.toView(provider));
  }

  public void updated(Provider provider) {
    providers.flush();
    changeFeed.record(
        RESOURCE_TYPE, provider.code, ChangeType.UPDATED, ProviderMapper.toView(provider));
  }
}
