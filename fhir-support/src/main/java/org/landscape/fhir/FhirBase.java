package org.landscape.fhir;

import jakarta.ws.rs.core.UriInfo;
import org.hl7.fhir.r4.model.Resource;

/** The absolute URL of this service's FHIR base, as the request reached it, and URLs under it. */
public record FhirBase(String url) {

  public static FhirBase of(UriInfo uri) {
    String root = uri.getBaseUri().toString();
    return new FhirBase(
        (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + FhirPaths.BASE);
  }

  /** {@code <base>/<type>/<id>}: the resource's full URL. */
  public String fullUrl(Resource resource) {
    return url + "/" + resource.fhirType() + "/" + resource.getIdPart();
  }
}
