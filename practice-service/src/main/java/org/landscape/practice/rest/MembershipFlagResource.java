package org.landscape.practice.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.common.time.AsOf;
import org.landscape.practice.feeds.MembershipFlags;

@Path("/membership-flags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practices")
public class MembershipFlagResource {

  @Inject MembershipFlags flags;

  @GET
  @Operation(
      summary = "Practices left in a CCG that is not operational on a date",
      description =
          "From this service's own record of CCG lifespans, kept by following ccg-service's change"
              + " feed (followedUpTo tells how far); works while ccg-service is down.")
  public MembershipFlags.Report flagged(
      @QueryParam("asOf") @Parameter(example = "2020-06-01") LocalDate asOf) {
    return flags.on(AsOf.orToday(asOf));
  }
}
