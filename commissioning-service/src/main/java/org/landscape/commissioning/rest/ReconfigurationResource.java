package org.landscape.commissioning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.landscape.commissioning.domain.ReconfigurationState;
import org.landscape.commissioning.imports.SuccessionReplay;
import org.landscape.commissioning.mapping.ReconfigurationMapper;
import org.landscape.commissioning.service.ReconfigurationPreviews;
import org.landscape.commissioning.service.ReconfigurationService;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.security.Roles;

@Path("/reconfigurations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Reconfigurations",
    description =
        "CCG mergers and closures across the four services: propose, preview, approve; executed on the effective date as a persisted saga")
public class ReconfigurationResource {

  @Inject ReconfigurationService reconfigurations;
  @Inject ReconfigurationPreviews previews;
  @Inject SuccessionReplay replay;

  @GET
  @Operation(
      summary = "List reconfigurations",
      description = "By effective date; optionally only those in one state.")
  public Page<ReconfigurationViews.ReconfigurationView> list(
      @QueryParam("state") @Parameter(example = "COMPLETED") ReconfigurationState state,
      @BeanParam @Valid PageRequest page) {
    return reconfigurations.search(state, page).map(ReconfigurationResource::view);
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary = "A reconfiguration: its state and each step's outcome",
      description =
          "The saga's status: each step (one per service), whether it is pending, done, failed or compensated, how often it was tried and what it did.")
  public ReconfigurationViews.ReconfigurationView get(@PathParam("id") long id) {
    return view(reconfigurations.view(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Propose a merger or closure",
      description =
          "Requires the editor role. Nothing changes anywhere until it is approved and its effective date has come. Then, in order: the successor exists and is operational (ccg-service), every member practice moves (practice-service), every active contract is novated (here), every board's CCG seats pass to the successor (hwb-service), and the predecessors close with links to the successor (ccg-service).")
  @APIResponse(
      responseCode = "201",
      description = "Proposed",
      content =
          @Content(
              schema = @Schema(implementation = ReconfigurationViews.ReconfigurationView.class)))
  public Response propose(
      @NotNull(message = "a JSON body is required") @Valid
          ReconfigurationRequests.Proposal proposal,
      @Context UriInfo uri) {
    ReconfigurationViews.ReconfigurationView proposed =
        view(reconfigurations.propose(proposal.toCommand()));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(proposed.id())).build())
        .entity(proposed)
        .build();
  }

  @GET
  @Path("/{id}/preview")
  @Operation(
      summary = "Exactly what the reconfiguration would change in each service",
      description =
          "Read from the peers now, nothing written: the successor, the CCGs that close, each practice that moves, each contract novated (with the value its successor takes over), each board seat handed over, and the blockers that would stop it. 503 if a peer cannot be reached.")
  public ReconfigurationViews.Preview preview(@PathParam("id") long id) {
    return ReconfigurationMapper.toView(previews.preview(reconfigurations.require(id)));
  }

  @POST
  @Path("/{id}/approval")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Approve a proposal",
      description =
          "Requires the editor role. Refused with 422 while its preview lists blockers. The saga runs once the effective date has come (at once for a date already past).")
  public ReconfigurationViews.ReconfigurationView approve(@PathParam("id") long id) {
    return view(reconfigurations.approve(id));
  }

  @POST
  @Path("/{id}/cancellation")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Cancel a reconfiguration whose saga has not begun",
      description = "Requires the editor role.")
  public ReconfigurationViews.ReconfigurationView cancel(
      @PathParam("id") long id,
      @QueryParam("reason")
          @Size(max = 500, message = "must be at most 500 characters")
          @Parameter(example = "superseded")
          String reason) {
    return view(reconfigurations.cancel(id, reason == null ? "cancelled" : reason));
  }

  @POST
  @Path("/replay")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Roles.IMPORTER)
  @Operation(
      summary = "Replay the CCG mergers of ODS succ and eccg through the workflow",
      description =
          "Requires the importer role. Every CCG-to-CCG succession of the successor file (grouped by successor and effective date) becomes an approved reconfiguration, which the saga then executes in date order. Idempotent: a merger already recorded is not recorded again.")
  public SuccessionReplay.Report replay(
      @RestForm("successions") @Schema(type = SchemaType.STRING, format = "binary")
          FileUpload successions,
      @RestForm("ccgs") @Schema(type = SchemaType.STRING, format = "binary") FileUpload ccgs) {
    if (successions == null) {
      throw ProblemException.invalid("successions", "the succ file part is required");
    }
    if (ccgs == null) {
      throw ProblemException.invalid("ccgs", "the eccg file part is required");
    }
    try (InputStream succ = Files.newInputStream(successions.uploadedFile());
        InputStream eccg = Files.newInputStream(ccgs.uploadedFile())) {
      return replay.run(
          CsvTable.withoutHeader("succ", succ, StandardCharsets.UTF_8),
          CsvTable.withoutHeader("eccg", eccg, StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      throw ProblemException.invalid("successions", "the files cannot be read");
    }
  }

  private static ReconfigurationViews.ReconfigurationView view(
      ReconfigurationService.Tracked tracked) {
    return ReconfigurationMapper.toView(tracked.reconfiguration(), tracked.steps());
  }
}
