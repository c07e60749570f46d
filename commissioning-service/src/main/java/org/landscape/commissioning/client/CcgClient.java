package org.landscape.commissioning.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.landscape.common.client.BearerPropagation;

/** ccg-service's CCG register. */
@RegisterRestClient(configKey = "ccg")
@RegisterClientHeaders(BearerPropagation.class)
@Path("/ccgs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CcgClient {

  /** The CCGs operational on the date whose area covers part of the council's. */
  @GET
  CcgPage covering(
      @QueryParam("localAuthority") String authorityCode,
      @QueryParam("asOf") String asOf,
      @QueryParam("limit") int limit,
      @QueryParam("offset") int offset);

  @POST
  @Path("/lookup")
  CcgLookup.Response lookup(CcgLookup.Request request);
}
