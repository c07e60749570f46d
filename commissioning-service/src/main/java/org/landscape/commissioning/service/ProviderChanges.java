package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.landscape.commissioning.domain.Provider;
import org.landscape.commissioning.domain.ProviderKind;
import org.landscape.commissioning.repository.ProviderRepository;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;

/** Writes a provider and its change event together, whoever makes the change (API or import). */
@ApplicationScoped
public class ProviderChanges {

  public static final String RESOURCE_TYPE = "provider";

  /** A provider as the change feed records it (the shape of the API's provider). */
  public record ProviderRecord(
      String code,
      String name,
      ProviderKind kind,
      LocalDate openDate,
      LocalDate closeDate,
      long version) {

    static ProviderRecord of(Provider provider) {
      return new ProviderRecord(
          provider.code,
          provider.name,
          provider.kind,
          provider.openDate,
          provider.closeDate,
          provider.version);
    }
  }

  @Inject ProviderRepository providers;
  @Inject ChangeFeed changeFeed;

  public void created(Provider provider) {
    providers.persist(provider);
    changeFeed.record(
        RESOURCE_TYPE, provider.code, ChangeType.CREATED, ProviderRecord.of(provider));
  }

  public void updated(Provider provider) {
    providers.flush();
    changeFeed.record(
        RESOURCE_TYPE, provider.code, ChangeType.UPDATED, ProviderRecord.of(provider));
  }
}
