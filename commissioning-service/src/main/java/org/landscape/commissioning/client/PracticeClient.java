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

/** practice-service's register of GP practices and their CCG membership. */
@RegisterRestClient(configKey = "practice")
@RegisterClientHeaders(BearerPropagation.class)
@Path("/practices")
@Produces(MediaType.APPLICATION_JSON)
public interface PracticeClient {

  @GET
  @Path("/{code}")
  PracticeRef get(@PathParam("code") String code, @QueryParam("asOf") String asOf);
}
