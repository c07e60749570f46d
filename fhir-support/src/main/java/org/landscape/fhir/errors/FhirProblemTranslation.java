package org.landscape.fhir.errors;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.landscape.common.problem.Problem;
import org.landscape.fhir.FhirMediaTypes;
import org.landscape.fhir.FhirPaths;

/**
 * Under {@code /fhir}, every problem the service answers with (from its exception mappers, or a
 * filter's refusal) goes out as a FHIR OperationOutcome with the same status; everywhere else the
 * problem+json contract holds. The status decisions stay in one place (common's mappers); only the
 * shape of the body changes here.
 */
public class FhirProblemTranslation {

  @ServerResponseFilter
  public void answerFhirProblemsAsOperationOutcomes(
      ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof Problem problem)
        || !FhirPaths.isFhir(request.getUriInfo().getRequestUri().getRawPath())) {
      return;
    }
    response.setEntity(ProblemOutcomes.of(problem), null, mediaTypeFor(request));
  }

  /** XML when the client asked for XML first (by Accept or {@code _format}), JSON otherwise. */
  private static MediaType mediaTypeFor(ContainerRequestContext request) {
    List<MediaType> acceptable;
    try {
      acceptable = request.getAcceptableMediaTypes();
    } catch (IllegalArgumentException malformedAccept) {
      return FhirMediaTypes.FHIR_JSON_TYPE;
    }
    for (MediaType accepted : acceptable) {
      if (FhirMediaTypes.isXml(accepted)) {
        return FhirMediaTypes.FHIR_XML_TYPE;
      }
      if (!accepted.isWildcardType()) {
        break;
      }
    }
    return FhirMediaTypes.FHIR_JSON_TYPE;
  }
}
