package org.landscape.commissioning.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.landscape.common.client.BearerPropagation;

/** The peers' whole registers on a date, page by page, for the consistency report. */
public final class RegisterClients {

  private RegisterClients() {}

  @RegisterRestClient(configKey = "practice")
  @RegisterClientHeaders(BearerPropagation.class)
  @Produces(MediaType.APPLICATION_JSON)
  public interface Practices {
    @GET
    @Path("/memberships")
    PeerPage<RegisterRecords.OpenPractice> openOn(
        @QueryParam("asOf") String asOf,
        @QueryParam("limit") int limit,
        @QueryParam("offset") int offset);
  }

  @RegisterRestClient(configKey = "hwb")
  @RegisterClientHeaders(BearerPropagation.class)
  @Produces(MediaType.APPLICATION_JSON)
  public interface Boards {
    @GET
    @Path("/boards")
    PeerPage<RegisterRecords.Board> boards(
        @QueryParam("asOf") String asOf,
        @QueryParam("limit") int limit,
        @QueryParam("offset") int offset);

    @GET
    @Path("/ccg-representatives")
    PeerPage<RegisterRecords.CcgRepresentative> representatives(
        @QueryParam("asOf") String asOf,
        @QueryParam("limit") int limit,
        @QueryParam("offset") int offset);

    @GET
    @Path("/local-authorities")
    PeerPage<RegisterRecords.Council> councils(
        @QueryParam("asOf") String asOf,
        @QueryParam("limit") int limit,
        @QueryParam("offset") int offset);
  }
}
