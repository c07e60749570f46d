package org.landscape.fhir.search;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.landscape.fhir.FhirBase;

/**
 * A search's answer: a {@code searchset} Bundle with the total, the page's matches (each with its
 * full URL and search mode {@code match}), and {@code self}, {@code previous} and {@code next}
 * links that page with {@code _count}/{@code _offset} and keep every other parameter.
 */
public final class SearchBundles {

  private SearchBundles() {}

  public static Bundle searchset(
      UriInfo uri, FhirPaging paging, long total, List<? extends Resource> matches) {
    FhirBase base = FhirBase.of(uri);
    Bundle bundle =
        new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(Math.toIntExact(total));
    bundle.getMeta().setLastUpdated(new Date());
    bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
    if (paging.totalOnly()) {
      return bundle;
    }
    for (Resource match : matches) {
      bundle
          .addEntry()
          .setFullUrl(base.fullUrl(match))
          .setResource(match)
          .getSearch()
          .setMode(Bundle.SearchEntryMode.MATCH);
    }
    if (paging.offset() > 0) {
      bundle
          .addLink()
          .setRelation("previous")
          .setUrl(pageAt(uri, paging, Math.max(0, paging.offset() - paging.count())));
    }
    if ((long) paging.offset() + paging.count() < total) {
      bundle
          .addLink()
          .setRelation("next")
          .setUrl(pageAt(uri, paging, paging.offset() + paging.count()));
    }
    return bundle;
  }

  private static String pageAt(UriInfo uri, FhirPaging paging, int offset) {
    UriBuilder page = uri.getRequestUriBuilder();
    return page.replaceQueryParam("_count", paging.count())
        .replaceQueryParam("_offset", offset)
        .build()
        .toString();
  }
}
