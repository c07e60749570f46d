package org.landscape.common.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.landscape.common.problem.ProblemType;
import org.landscape.common.problem.Problems;

/**
 * Reads are open by default; with {@code landscape.security.open-reads=false} every read of the API
 * needs a valid token too (health, metrics and OpenAPI stay open: they are not JAX-RS).
 *
 * <p>Application-scoped, not the filters' default singleton: Quarkus REST creates its filters while
 * the application is statically initialised, when only {@code @StaticInitSafe} mappings exist (a
 * singleton injecting {@link SecuritySettings} fails there with SRCFG00027); behind the client
 * proxy the filter is created on the first request, with the runtime configuration.
 */
@ApplicationScoped
public class ReadAccessFilter {

  @Inject CurrentIdentityAssociation identity;

  @Inject SecuritySettings settings;

  @ServerRequestFilter
  public Uni<Response> requireTokenForReads(
      ContainerRequestContext request, ResourceInfo resource) {
    String method = request.getMethod();
    boolean read =
        "GET".equals(method)
            || "HEAD".equals(method)
            || (resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(ReadOperation.class));
    if (settings.openReads() || !read) {
      return Uni.createFrom().nullItem();
    }
    String path = request.getUriInfo().getRequestUri().getRawPath();
    return identity
        .getDeferredIdentity()
        .map(user -> user.isAnonymous() ? unauthenticated(path) : null)
        .onFailure()
        .recoverWithItem(() -> unauthenticated(path));
  }

  private static Response unauthenticated(String path) {
    return Problems.response(
        ProblemType.UNAUTHENTICATED, "This service requires a valid bearer token for reads", path);
  }
}
