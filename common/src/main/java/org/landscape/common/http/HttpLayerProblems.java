package org.landscape.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.landscape.common.problem.Problem;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.problem.Problems;

/**
 * Answers with problem+json where the HTTP layer fails a request before it reaches a resource:
 * paths no resource serves, and bodies over the size limit.
 */
@ApplicationScoped
public class HttpLayerProblems {

  @Inject ObjectMapper json;

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
    router
        .route()
        .last()
        .handler(context -> write(context, ProblemType.NOT_FOUND, notFound(context)));
  }

  private void onFailure(RoutingContext context) {
    if (context.response().headWritten() || context.failure() != null) {
      context.next();
      return;
    }
    int status = context.statusCode();
    switch (status) {
      case 413 ->
          write(
              context,
              ProblemType.PAYLOAD_TOO_LARGE,
              "The request body is larger than this service accepts");
      case 404 -> write(context, ProblemType.NOT_FOUND, notFound(context));
      case 405 -> write(context, ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed here");
      default -> context.next();
    }
  }

  private static String notFound(RoutingContext context) {
    return "There is no resource at " + context.normalizedPath();
  }

  private void write(RoutingContext context, ProblemType type, String detail) {
    Problem problem =
        Problems.problem(type, detail, context.normalizedPath(), List.of(), List.of());
    try {
      context
          .response()
          .setStatusCode(type.status())
          .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
          .end(json.writeValueAsString(problem));
    } catch (Exception writeFailed) {
      context.response().setStatusCode(type.status()).end();
    }
  }
}
