package org.landscape.commissioning.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.landscape.common.client.BearerPropagation;

/** hwb-service's local-authority register. */
@RegisterRestClient(configKey = "hwb")
@RegisterClientHeaders(BearerPropagation.class)
@Path("/local-authorities")
@Produces(MediaType.APPLICATION_JSON)
public interface HwbClient {

  /** The council, if it is valid on the date (404 otherwise). */
  @GET
  @Path("/{code}")
  LocalAuthorityRef get(@PathParam("code") String code, @QueryParam("asOf") String asOf);
}
