package org.landscape.common.tracing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One log line per request served by the API (category {@code org.landscape.requests}): method,
 * path, status and duration. Like every line written while serving the request it carries the
 * request's trace id (MDC {@code traceId}), so that an operator can follow one request through each
 * service it reached. Successful reads of the change feed, which peers poll every few seconds, are
 * logged at DEBUG; everything else at INFO (raise the category's level to silence it).
 */
public class RequestLog {

  private static final Logger LOG = Logger.getLogger("org.landscape.requests");
  private static final String STARTED = RequestLog.class.getName() + ".started";

  @ServerRequestFilter(preMatching = true)
  public void started(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @ServerResponseFilter
  public void answered(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getRequestUri().getRawPath();
    Logger.Level level = level(request.getMethod(), path, response.getStatus());
    if (!LOG.isEnabled(level)) {
      return;
    }
    Object started = request.getProperty(STARTED);
    long millis = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
    LOG.logf(level, "%s %s -> %d (%d ms)", request.getMethod(), path, response.getStatus(), millis);
  }

  static Logger.Level level(String method, String path, int status) {
    boolean feedPoll = "GET".equals(method) && path.endsWith("/changes") && status < 400;
    return feedPoll ? Logger.Level.DEBUG : Logger.Level.INFO;
  }
}
