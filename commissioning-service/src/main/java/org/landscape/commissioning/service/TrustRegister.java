package org.landscape.commissioning.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.landscape.commissioning.domain.Provider;
import org.landscape.commissioning.domain.ProviderKind;
import org.landscape.commissioning.repository.ProviderRepository;
import org.landscape.commissioning.service.ProviderChanges.ProviderRecord;
import org.landscape.common.changefeed.ChangeEvent;
import org.landscape.common.changefeed.ChangeEventRepository;
import org.landscape.common.problem.ProblemException;

/**
 * The NHS trusts among the providers, for views that serve them alone (the FHIR view): every trust
 * (a few hundred nationally), one trust, and a trust's recorded versions from the change feed.
 */
@ApplicationScoped
public class TrustRegister {

  /** One recorded version of a trust: its {@code provider} change event and the trust then. */
  public record TrustVersion(ChangeEvent event, ProviderRecord trust) {}

  @Inject ProviderRepository providers;
  @Inject ChangeEventRepository events;
  @Inject ObjectMapper json;

  /** Every NHS trust, by ODS code. */
  public List<Provider> trusts() {
    return providers.list("kind = ?1 order by code", ProviderKind.NHS_TRUST);
  }

  /** The NHS trust; a provider of another kind is not one (404). */
  public Provider requireTrust(String code) {
    Provider provider = providers.findById(code);
    if (provider == null || provider.kind != ProviderKind.NHS_TRUST) {
      throw ProblemException.notFound("NHS trust", code);
    }
    return provider;
  }

  /** The trust's versions, newest first. */
  public List<TrustVersion> versions(String code) {
    requireTrust(code);
    return events
        .list(
            "resourceType = ?1 and resourceId = ?2 order by sequence desc",
            ProviderChanges.RESOURCE_TYPE,
            code)
        .stream()
        .map(event -> new TrustVersion(event, read(event)))
        .toList();
  }

  private ProviderRecord read(ChangeEvent event) {
    try {
      return json.readValue(event.payload, ProviderRecord.class);
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException(
          "Change event " + event.sequence + " has an unreadable payload", unreadable);
    }
  }
}
