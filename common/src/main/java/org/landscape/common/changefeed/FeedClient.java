package org.landscape.common.changefeed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A peer's change feed, {@code GET /changes}. */
@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
public interface FeedClient {

  @GET
  FeedEvent.Page after(@QueryParam("after") long after, @QueryParam("limit") int limit);
}
