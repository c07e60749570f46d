package org.landscape.ccg.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.landscape.common.client.BearerPropagation;
import org.landscape.common.paging.Page;

/**
 * ccg-service's governing-body seats across every CCG, as its peers read them (base URL {@code
 * quarkus.rest-client.ccg.url}). Call it through {@link CcgRegister}, which guards every call.
 */
@RegisterRestClient(configKey = "ccg")
@RegisterClientHeaders(BearerPropagation.class)
@Path("/governing-body-seats")
@Produces(MediaType.APPLICATION_JSON)
public interface GoverningBodySeatClient {

  /**
   * A page of the seats held on {@code asOf}; with {@code employerNamed}, only those naming one.
   */
  @GET
  Page<GoverningBodySeatView> seats(
      @QueryParam("asOf") LocalDate asOf,
      @QueryParam("employerNamed") Boolean employerNamed,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);
}
