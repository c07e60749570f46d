package org.landscape.ccg.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * ccg-service's register as its peers read it. Its base URL is {@code quarkus.rest-client.ccg.url}.
 * Call it through {@link CcgRegister}, which guards every call.
 */
@RegisterRestClient(configKey = "ccg")
@RegisterClientHeaders(BearerPropagation.class)
@Path("/ccgs")
@Produces(MediaType.APPLICATION_JSON)
public interface CcgRegisterClient {

  /** A page of the CCGs of a status on {@code asOf}; with a council, those covering it then. */
  @GET
  Page<CcgSummary> search(
      @QueryParam("status") String status,
      @QueryParam("localAuthority") String localAuthority,
      @QueryParam("asOf") LocalDate asOf,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  @POST
  @Path("/lookup")
  @Consumes(MediaType.APPLICATION_JSON)
  CcgLookup.Response lookup(CcgLookup.Request request);
}
