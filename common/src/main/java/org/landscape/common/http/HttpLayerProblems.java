package org.landscape.common.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.landscape.common.problem.HttpStatusDetails;
import org.landscape.common.problem.Problem;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.problem.Problems;

/**
 * Answers with problem+json where the HTTP layer would refuse a request before it reaches a
 * resource: request lines and headers longer than the service accepts (414, 431), bodies announced
 * larger than the limit (413), paths that no resource serves (404), and any failure of a route
 * outside the REST layer.
 *
 * <p>Vert.x refuses request lines and headers beyond its own limits while decoding, with a bare
 * status and no hook in Quarkus to shape the answer. Those limits ({@code
 * quarkus.http.limits.max-initial-line-length}, {@code quarkus.http.limits.max-header-size}) are
 * therefore set well above the services' own ({@code landscape.http.max-request-line}, {@code
 * landscape.http.max-header-size}), which this class enforces first; only a request beyond the
 * outer limits still gets the bare status.
 */
@ApplicationScoped
public class HttpLayerProblems {

  private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

  /** " " + " HTTP/1.1" around the method and the target. */
  private static final int REQUEST_LINE_FRAMING = 10;

  /** ": " and CRLF around each header's name and value. */
  private static final int HEADER_LINE_FRAMING = 4;

  @Inject ObjectMapper json;

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize maxBodySize;

  @ConfigProperty(name = "landscape.http.max-request-line")
  MemorySize maxRequestLine;

  @ConfigProperty(name = "landscape.http.max-header-size")
  MemorySize maxHeaderSize;

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedRequests);
    router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
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

  private void refuseOversizedRequests(RoutingContext context) {
    HttpServerRequest request = context.request();
    if (requestLineLength(request) > maxRequestLine.asLongValue()) {
      refuse(
          context,
          ProblemType.URI_TOO_LONG,
          "The request line is longer than the "
              + maxRequestLine.asLongValue()
              + " bytes accepted; send long criteria in a request body");
      return;
    }
    if (headersLength(request) > maxHeaderSize.asLongValue()) {
      refuse(
          context,
          ProblemType.HEADER_FIELDS_TOO_LARGE,
          "The request headers are larger than the "
              + maxHeaderSize.asLongValue()
              + " bytes accepted");
      return;
    }
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && isLarger(length, maxBodySize.asLongValue())) {
      refuse(
          context,
          ProblemType.PAYLOAD_TOO_LARGE,
          "The request body is larger than the " + maxBodySize.asLongValue() + " bytes accepted");
      return;
    }
    context.next();
  }

  static long requestLineLength(HttpServerRequest request) {
    return (long) request.method().name().length() + request.uri().length() + REQUEST_LINE_FRAMING;
  }

  static long headersLength(HttpServerRequest request) {
    long length = 0;
    for (Map.Entry<String, String> header : request.headers()) {
      length += header.getKey().length() + header.getValue().length() + HEADER_LINE_FRAMING;
    }
    return length;
  }

  /** Answers at once and drops the connection rather than read a request we will not serve. */
  private void refuse(RoutingContext context, ProblemType type, String detail) {
    context.response().putHeader(HttpHeaders.CONNECTION, "close");
    context.response().endHandler(ended -> closeConnection(context));
    write(context, type, detail);
  }

  /**
   * A route failed outside the REST layer (whose exception mappers answer for it): the status it
   * failed with, or 500 with a reference to quote.
   */
  private void failed(RoutingContext context) {
    if (context.response().ended()) {
      // answered already (e.g. RESTEasy's bare 413 for a body past the limit): nothing to add
      LOG.debugf(context.failure(), "Failure after %s was answered", context.normalizedPath());
      return;
    }
    if (context.response().headWritten()) {
      LOG.errorf(context.failure(), "Failure while answering %s", context.normalizedPath());
      closeConnection(context);
      return;
    }
    int status = context.statusCode();
    if (status < 400 || status > 599) {
      status = 500;
    }
    ProblemType type = ProblemType.forStatus(status);
    if (status >= 500) {
      String reference = UUID.randomUUID().toString();
      LOG.errorf(
          context.failure(),
          "Unexpected failure serving %s (reference %s)",
          context.normalizedPath(),
          reference);
      write(
          context,
          status,
          type,
          "An unexpected error occurred; quote reference " + reference + " when reporting it");
      return;
    }
    write(context, status, type, HttpStatusDetails.describe(status, context.normalizedPath()));
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
    write(context, type.status(), type, detail);
  }

  private void write(RoutingContext context, int status, ProblemType type, String detail) {
    Problem problem =
        Problems.problem(type, detail, context.normalizedPath(), List.of(), List.of());
    if (problem.status() != status) { // a status no ProblemType names: keep it
      problem = problem.withStatus(status);
    }
    try {
      context
          .response()
          .setStatusCode(status)
          .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
          .end(json.writeValueAsString(problem));
    } catch (Exception writeFailed) {
      context.response().setStatusCode(status).end();
    }
  }
}
