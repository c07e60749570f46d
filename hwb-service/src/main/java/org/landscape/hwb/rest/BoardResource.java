package org.landscape.hwb.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.Problem;
import org.landscape.common.security.Roles;
import org.landscape.common.time.AsOf;
import org.landscape.hwb.api.BoardStage;
import org.landscape.hwb.api.BoardView;
import org.landscape.hwb.domain.Board;
import org.landscape.hwb.domain.BoardFilter;
import org.landscape.hwb.domain.LocalAuthorityCode;
import org.landscape.hwb.mapping.BoardMapper;
import org.landscape.hwb.rest.BoardRequests.BoardUpdate;
import org.landscape.hwb.rest.BoardRequests.NewBoard;
import org.landscape.hwb.rest.BoardViews.BulkBoardReport;
import org.landscape.hwb.service.BoardService;
import org.landscape.hwb.service.BulkBoardService;

@Path("/boards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Health and Wellbeing Boards",
    description = "One board per upper-tier council, identified by the council's ONS code")
public class BoardResource {

  @Inject BoardService service;
  @Inject BulkBoardService bulk;
  @Inject UriInfo uri;

  @GET
  @Operation(summary = "Search the boards valid on a date", description = "Sorted by code.")
  public Page<BoardView> search(
      @QueryParam("name")
          @Parameter(description = "Part of the name, any case", example = "newcastle")
          String name,
      @QueryParam("stage")
          @Parameter(description = "Shadow or statutory on asOf", example = "STATUTORY")
          BoardStage stage,
      @QueryParam("asOf")
          @Parameter(description = "Valid on this date (default today)", example = "2014-06-01")
          LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    LocalDate date = AsOf.orToday(asOf);
    return service
        .search(new BoardFilter(name, BoardMapper.toDomain(stage)), date, page)
        .map(board -> BoardMapper.toView(board, date));
  }

  @GET
  @Path("/{code}")
  @Operation(
      summary = "Get a council's board",
      description =
          "The board valid on asOf, or without asOf the council's latest board. The response"
              + " carries the ETag to send as If-Match when updating.")
  @APIResponse(
      responseCode = "200",
      description = "The board",
      content = @Content(schema = @Schema(implementation = BoardView.class)))
  public Response get(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          @Parameter(description = "The hosting council's ONS code", example = "E08000021")
          String code,
      @QueryParam("asOf") @Parameter(description = "Only if valid on this date") LocalDate asOf) {
    return withETag(Response.ok(), service.get(code, asOf), asOf);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Establish a council's board",
      description =
          "Requires the editor role. Only an upper-tier council of the register hosts a board, one"
              + " at a time.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = BoardView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The council already has a board over an overlapping period",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(@NotNull(message = "a JSON body is required") @Valid NewBoard request) {
    Board created = service.create(request.toCommand());
    return withETag(
        Response.created(uri.getAbsolutePathBuilder().path(created.authorityCode).build()),
        created,
        null);
  }

  @POST
  @Path("/bulk")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Establish a board for every upper-tier council",
      description =
          "Requires the editor role. Every unitary, metropolitan borough, London borough and county"
              + " council valid on the shadow start that has no board from then on gets one, valid"
              + " from the shadow start, in one transaction. Re-running it creates nothing new.")
  @APIResponse(
      responseCode = "200",
      description = "What was created, and what already existed",
      content = @Content(schema = @Schema(implementation = BulkBoardReport.class)))
  public BulkBoardReport establishEveryBoard(
      @QueryParam("shadowStart")
          @Parameter(description = "Default 2012-04-01", example = "2012-04-01")
          LocalDate shadowStart,
      @QueryParam("statutoryStart")
          @Parameter(description = "Default 2013-04-01", example = "2013-04-01")
          LocalDate statutoryStart) {
    return BoardMapper.toReport(
        bulk.establishEveryBoard(
            Objects.requireNonNullElse(shadowStart, Board.DEFAULT_SHADOW_START),
            Objects.requireNonNullElse(statutoryStart, Board.DEFAULT_STATUTORY_START)));
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Replace a board's editable fields",
      description =
          "Requires the editor role and If-Match with the ETag last read. Acts on the board valid"
              + " on asOf, or without asOf on the council's latest board.")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = BoardView.class)))
  @APIResponse(
      responseCode = "422",
      description = "Seats, documents or opinions would fall outside the new validity",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response update(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          String code,
      @QueryParam("asOf") @Parameter(description = "The board valid on this date") LocalDate asOf,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = "The ETag last read", example = "\"0\"")
          String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid BoardUpdate changes) {
    return withETag(Response.ok(), service.update(code, asOf, ifMatch, changes.toCommand()), asOf);
  }

  private static Response withETag(Response.ResponseBuilder response, Board board, LocalDate asOf) {
    return response
        .tag(ETags.of(board.version))
        .entity(BoardMapper.toView(board, AsOf.orToday(asOf)))
        .build();
  }
}
