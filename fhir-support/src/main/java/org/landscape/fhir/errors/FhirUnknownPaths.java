package org.landscape.fhir.errors;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.landscape.common.problem.Problem;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.problem.Problems;
import org.landscape.fhir.FhirContextProducer;
import org.landscape.fhir.FhirMediaTypes;

/**
 * A path under {@code /fhir} that no resource serves (an unsupported resource type, say) is a 404
 * OperationOutcome, answered just before common's problem+json answer for unknown paths.
 */
@ApplicationScoped
public class FhirUnknownPaths {

  /** After every route but the last (common's problem+json 404, which is {@code last()}). */
  private static final int BEFORE_THE_LAST = Integer.MAX_VALUE - 1;

  void install(@Observes Router router) {
    router.routeWithRegex("/fhir(/.*)?").order(BEFORE_THE_LAST).handler(this::notServed);
  }

  private void notServed(RoutingContext context) {
    Problem problem =
        Problems.problem(
            ProblemType.NOT_FOUND,
            "The FHIR view serves no resource at "
                + context.normalizedPath()
                + "; GET /fhir/metadata lists what it serves",
            context.normalizedPath(),
            List.of(),
            List.of());
    context
        .response()
        .setStatusCode(problem.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, FhirMediaTypes.FHIR_JSON + ";charset=UTF-8")
        .end(
            FhirContextProducer.r4()
                .newJsonParser()
                .encodeResourceToString(ProblemOutcomes.of(problem)));
  }
}
