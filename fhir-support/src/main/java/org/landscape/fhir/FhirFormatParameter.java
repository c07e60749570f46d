package org.landscape.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.problem.Problems;

/**
 * FHIR's {@code _format} parameter, which overrides the Accept header: {@code json}, {@code
 * application/json} and {@code application/fhir+json} ask for FHIR JSON; {@code xml}, {@code
 * text/xml}, {@code application/xml} and {@code application/fhir+xml} for FHIR XML. Any other value
 * is a 406.
 */
public class FhirFormatParameter {

  public static final String NAME = "_format";

  private static final Map<String, String> FORMATS =
      Map.of(
          "json",
          FhirMediaTypes.FHIR_JSON,
          MediaType.APPLICATION_JSON,
          FhirMediaTypes.FHIR_JSON,
          FhirMediaTypes.FHIR_JSON,
          FhirMediaTypes.FHIR_JSON,
          "xml",
          FhirMediaTypes.FHIR_XML,
          MediaType.TEXT_XML,
          FhirMediaTypes.FHIR_XML,
          MediaType.APPLICATION_XML,
          FhirMediaTypes.FHIR_XML,
          FhirMediaTypes.FHIR_XML,
          FhirMediaTypes.FHIR_XML);

  @ServerRequestFilter(preMatching = true)
  public Response applyFormatParameter(ContainerRequestContext request) {
    if (!FhirPaths.isFhir(request.getUriInfo().getRequestUri().getRawPath())) {
      return null;
    }
    List<String> formats = request.getUriInfo().getQueryParameters().get(NAME);
    if (formats == null || formats.isEmpty()) {
      return null;
    }
    String format = formats.get(0).strip().toLowerCase(Locale.ROOT);
    int parameters = format.indexOf(';');
    String mediaType = FORMATS.get(parameters < 0 ? format : format.substring(0, parameters));
    if (mediaType == null) {
      // answered in JSON: the client asked for nothing this service writes
      request.getHeaders().putSingle(HttpHeaders.ACCEPT, FhirMediaTypes.FHIR_JSON);
      return Problems.response(
          ProblemType.NOT_ACCEPTABLE,
          "_format must be json or xml (or a FHIR media type), not " + formats.get(0),
          request.getUriInfo().getRequestUri().getRawPath());
    }
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType);
    return null;
  }
}
