package org.landscape.fhir.history;

import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.fhir.FhirBase;

/**
 * A record's versions as a FHIR {@code history} Bundle, newest first as FHIR orders history: each
 * entry the resource as it was recorded, with the request that made it ({@code POST} for a
 * creation, {@code PUT} for an update, {@code DELETE} for a deletion) and when.
 */
public final class HistoryBundle {

  private final FhirBase base;
  private final Bundle bundle = new Bundle().setType(Bundle.BundleType.HISTORY);

  private HistoryBundle(UriInfo uri) {
    this.base = FhirBase.of(uri);
    bundle.getMeta().setLastUpdated(new Date());
    bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
  }

  public static HistoryBundle of(UriInfo uri) {
    return new HistoryBundle(uri);
  }

  /** Adds a version: add them newest first. */
  public HistoryBundle version(Resource resource, ChangeType change, Instant recordedAt) {
    Bundle.BundleEntryComponent entry = bundle.addEntry().setFullUrl(base.fullUrl(resource));
    if (change != ChangeType.DELETED) {
      entry.setResource(resource);
    }
    String type = resource.fhirType();
    String id = resource.getIdPart();
    switch (change) {
      case CREATED -> entry.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(type);
      case UPDATED -> entry.getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl(type + "/" + id);
      case DELETED -> entry.getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl(type + "/" + id);
    }
    entry
        .getResponse()
        .setStatus(
            switch (change) {
              case CREATED -> "201 Created";
              case UPDATED -> "200 OK";
              case DELETED -> "204 No Content";
            })
        .setLastModified(Date.from(recordedAt));
    return this;
  }

  public Bundle build() {
    bundle.setTotal(bundle.getEntry().size());
    return bundle;
  }
}
