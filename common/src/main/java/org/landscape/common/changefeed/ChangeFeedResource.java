package org.landscape.common.changefeed;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.common.problem.Problem;

@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed", description = "Every change to this service's records, in order")
public class ChangeFeedResource {

  @Inject ChangeEventRepository events;

  @GET
  @APIResponse(
      responseCode = "400",
      description = "Malformed or invalid request",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Operation(
      summary = "Read the change feed",
      description =
          "Changes with a sequence greater than `after`, oldest first. Start at 0 and pass the"
              + " returned `next` to read on; the feed can be replayed from the start.")
  public ChangePage changes(
      @QueryParam("after")
          @DefaultValue("0")
          @Min(value = 0, message = "must not be negative")
          @Parameter(description = "Sequence already consumed", example = "0")
          long after,
      @QueryParam("limit")
          @DefaultValue("100")
          @Min(value = 1, message = "must be at least 1")
          @Max(value = 1000, message = "must be at most 1000")
          @Parameter(description = "Maximum number of changes (1-1000)", example = "100")
          int limit) {
    List<ChangeView> items = events.after(after, limit).stream().map(ChangeView::of).toList();
    long next = items.isEmpty() ? after : items.getLast().sequence();
    return new ChangePage(items, next);
  }
}
