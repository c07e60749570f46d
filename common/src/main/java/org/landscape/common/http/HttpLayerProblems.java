package org.landscape.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.landscape.common.problem.Problem;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.problem.Problems;

/**
 * Answers with problem+json where the HTTP layer would refuse a request before it reaches a
 * resource: bodies announced larger than the limit, and paths that no resource serves.
 */
@ApplicationScoped
public class HttpLayerProblems {

  @Inject ObjectMapper json;

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize maxBodySize;

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBodies);
    router
        .route()
        .last()
        .handler(
            context ->
                write(
                    context,
                    ProblemType.NOT_FOUND,
                    "There is no resource at " + context.normalizedPath()));
  }

  private void refuseOversizedBodies(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && isLarger(length, maxBodySize.asLongValue())) {
      // answer at once and drop the connection rather than read a body we will not use
      context.response().putHeader(HttpHeaders.CONNECTION, "close");
      context.response().endHandler(ended -> closeConnection(context));
      write(
          context,
          ProblemType.PAYLOAD_TOO_LARGE,
          "The request body is larger than the " + maxBodySize.asLongValue() + " bytes accepted");
      return;
    }
    context.next();
  }

  private static void closeConnection(RoutingContext context) {
    if (context.request().connection() != null) {
      context.request().connection().close();
    }
  }

  private static boolean isLarger(String contentLength, long limit) {
    try {
      return Long.parseLong(contentLength.strip()) > limit;
    } catch (NumberFormatException malformed) {
      return false;
    }
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
