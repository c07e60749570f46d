package org.landscape.ccg.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/**
 * The writes ccg-service takes from its peers (a reconfiguration's saga), and the read of a CCG's
 * detail with its ETag that an update needs. It answers {@link Response}s, so that the caller tells
 * a refusal from a peer that is down; their bodies are this module's records ({@link CcgDetail},
 * {@link CcgFeedPayloads.CcgRecord}, {@link CcgDetail.SuccessionLink}). Not registered as a client
 * here: the caller registers it with its base URL ({@code quarkus.rest-client.ccg.url}) and the
 * token it calls with, by a sub-interface of its own.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CcgWriteClient {

  /** The CCG as of the date ({@link CcgDetail}, with its ETag), or 404. */
  @GET
  @Path("/ccgs/{code}")
  Response get(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf);

  /** 201 with the CCG's {@link CcgFeedPayloads.CcgRecord}. */
  @POST
  @Path("/ccgs")
  Response create(CcgWrites.NewCcg ccg);

  /** Replaces the CCG's own fields, if it is still as last read ({@code If-Match}); or 412. */
  @PUT
  @Path("/ccgs/{code}")
  Response update(
      @PathParam("code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String etag,
      CcgWrites.CcgUpdate update);

  /** 204: the CCG's area over the period is the one given. */
  @PUT
  @Path("/ccgs/{code}/area")
  Response setArea(@PathParam("code") String code, CcgWrites.AreaRequest area);

  /** 201 with the {@link CcgDetail.SuccessionLink}; 409 when it is linked already. */
  @POST
  @Path("/ccgs/{code}/successors")
  Response link(@PathParam("code") String code, CcgWrites.SuccessorRequest link);
}
