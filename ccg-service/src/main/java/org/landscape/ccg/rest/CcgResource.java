package org.landscape.ccg.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.ccg.api.CcgDetail;
import org.landscape.ccg.api.CcgFeedPayloads;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgStage;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.ccg.api.CcgWrites;
import org.landscape.ccg.api.CommissionerKind;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgCode;
import org.landscape.ccg.domain.CcgFilter;
import org.landscape.ccg.domain.IcbCode;
import org.landscape.ccg.mapping.CcgMapper;
import org.landscape.ccg.service.CcgLookupService;
import org.landscape.ccg.service.CcgQueryService;
import org.landscape.ccg.service.CcgRegisterService;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.Problem;
import org.landscape.common.security.ReadOperation;
import org.landscape.common.security.Roles;
import org.landscape.common.time.AsOf;

@Path("/ccgs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CCGs", description = "The register of Clinical Commissioning Groups")
public class CcgResource {

  @Inject CcgQueryService queries;
  @Inject CcgRegisterService register;
  @Inject CcgLookupService lookup;
  @Inject UriInfo uri;

  @GET
  @Operation(
      summary = "Search CCGs and sub-ICB locations as of a date",
      description =
          "By default the CCGs operational on `asOf` (today unless given); `status` asks for proposed, closed or any; `stage` asks for the CCGs in a stage before becoming operational on `asOf` (pathfinder, shadow, authorised), whatever their status unless `status` is given too. From 2022-07-01 each code still open is a sub-ICB location of an ICB (`kind`, `icbCode`, and the location's ODS name); `kind=CCG` then finds none. Sorted by code.")
  public Page<CcgSummary> search(
      @QueryParam("name")
          @Parameter(description = "Part of the name, any case", example = "newcastle")
          String name,
      @QueryParam("status") @Parameter(description = "Status on asOf (default OPERATIONAL)")
          CcgFilter.StatusFilter status,
      @QueryParam("region")
          @Pattern(
              regexp = "E40\\d{6}",
              message = "must be a region's ONS code (E40 and six digits)")
          @Parameter(example = "E40000001")
          String region,
      @QueryParam("areaTeam")
          @Pattern(
              regexp = "E39\\d{6}",
              message = "must be an area team's ONS code (E39 and six digits)")
          @Parameter(example = "E39000010")
          String areaTeam,
      @QueryParam("localAuthority")
          @Pattern(
              regexp = "E(06|07|08|09|10)\\d{6}",
              message = "must be a local authority's ONS code")
          @Parameter(description = "Only CCGs covering this council on asOf", example = "E08000021")
          String localAuthority,
      @QueryParam("pathfinder")
          @Parameter(description = "Only CCGs that were (true) or were not (false) pathfinders")
          Boolean pathfinder,
      @QueryParam("stage")
          @Parameter(
              description =
                  "Only CCGs in this stage before becoming operational on asOf; selects by stage"
                      + " instead of the default OPERATIONAL status",
              example = "PATHFINDER")
          CcgStage stage,
      @QueryParam("kind")
          @Parameter(
              description =
                  "Only codes that are CCGs, or (from 2022-07-01) sub-ICB locations, on asOf",
              example = "SUB_ICB_LOCATION")
          CommissionerKind kind,
      @QueryParam("icb")
          @Pattern(regexp = IcbCode.REGEX, message = IcbCode.MESSAGE)
          @Parameter(
              description = "Only the sub-ICB locations of this ICB on asOf",
              example = "QHM")
          String icb,
      @QueryParam("asOf")
          @Parameter(description = "The date (default today)", example = "2013-04-01")
          LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    CcgFilter filter =
        new CcgFilter(
            name,
            status,
            region,
            areaTeam,
            localAuthority,
            pathfinder,
            stage == null ? null : org.landscape.ccg.domain.CcgStage.valueOf(stage.name()),
            kind == null ? null : CcgFilter.Kind.valueOf(kind.name()),
            icb);
    return queries.search(filter, AsOf.orToday(asOf), page).map(CcgMapper::toView);
  }

  @GET
  @Path("/{code}")
  @Operation(
      summary = "Get a CCG as of a date",
      description =
          "Its status, overseeing area team and region, area, succession links, pathfinder history, constitution and stage before becoming operational (pathfinder, shadow, authorised) on `asOf` (default today), with every stage period. Carries the ETag for updates.")
  @APIResponse(
      responseCode = "200",
      description = "The CCG",
      content = @Content(schema = @Schema(implementation = CcgDetail.class)))
  public Response get(
      @PathParam("code")
          @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE)
          @Parameter(example = "00F")
          String code,
      @QueryParam("asOf") @Parameter(example = "2014-06-01") LocalDate asOf) {
    CcgQueryService.Detail detail = queries.detail(code, AsOf.orToday(asOf));
    return Response.ok(CcgMapper.toView(detail)).tag(ETags.of(detail.ccg().version)).build();
  }

  @GET
  @Path("/{code}/successors")
  @Operation(
      summary = "The CCG's successors",
      description = "With `transitive=true`, every later successor too (00F → 13T → …).")
  public List<CcgDetail.SuccessionLink> successors(
      @PathParam("code")
          @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE)
          @Parameter(example = "00F")
          String code,
      @QueryParam("transitive") @DefaultValue("false") boolean transitive) {
    return CcgMapper.toLinks(queries.links(code, CcgQueryService.Direction.SUCCESSORS, transitive));
  }

  @GET
  @Path("/{code}/predecessors")
  @Operation(
      summary = "The CCG's predecessors",
      description = "With `transitive=true`, every earlier predecessor too.")
  public List<CcgDetail.SuccessionLink> predecessors(
      @PathParam("code")
          @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE)
          @Parameter(example = "13T")
          String code,
      @QueryParam("transitive") @DefaultValue("false") boolean transitive) {
    return CcgMapper.toLinks(
        queries.links(code, CcgQueryService.Direction.PREDECESSORS, transitive));
  }

  @POST
  @Path("/lookup")
  @Consumes(MediaType.APPLICATION_JSON)
  @ReadOperation
  @Operation(
      summary = "Bulk look-up for peer services",
      description =
          "One call answering which of the codes are operational on the date, and which councils each covers then. A read: no role needed while reads are open.")
  public CcgLookup.Response lookup(
      @NotNull(message = "a JSON body is required") @Valid CcgRequests.LookupRequest request) {
    return CcgMapper.toView(lookup.lookup(request.date(), request.codes()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EDITOR, Roles.SERVICE})
  @Operation(
      summary = "Add a CCG",
      description = "Requires the editor (or service) role. ODS codes are never reused.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = CcgFeedPayloads.CcgRecord.class)))
  @APIResponse(
      responseCode = "409",
      description = "Code or ONS code taken",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(
      @NotNull(message = "a JSON body is required") @Valid CcgWrites.NewCcg request) {
    Ccg ccg = register.create(CcgMapper.toCommand(request));
    return Response.created(uri.getAbsolutePathBuilder().path(ccg.code).build())
        .tag(ETags.of(ccg.version))
        .entity(CcgMapper.toRecord(ccg))
        .build();
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EDITOR, Roles.SERVICE})
  @Operation(
      summary = "Replace a CCG's own fields",
      description = "Requires the editor (or service) role and If-Match with the ETag last read.")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = CcgFeedPayloads.CcgRecord.class)))
  public Response update(
      @PathParam("code") @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE) String code,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid CcgWrites.CcgUpdate request) {
    Ccg ccg = register.update(code, ifMatch, CcgMapper.toCommand(request));
    return Response.ok(CcgMapper.toRecord(ccg)).tag(ETags.of(ccg.version)).build();
  }

  @POST
  @Path("/{code}/successors")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EDITOR, Roles.SERVICE})
  @Operation(
      summary = "Link a successor",
      description = "Requires the editor (or service) role. Cycles are refused.")
  @APIResponse(
      responseCode = "201",
      description = "Linked",
      content = @Content(schema = @Schema(implementation = CcgDetail.SuccessionLink.class)))
  public Response addSuccessor(
      @PathParam("code") @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE) String code,
      @NotNull(message = "a JSON body is required") @Valid CcgWrites.SuccessorRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(CcgMapper.toView(register.addSuccessor(code, CcgMapper.toCommand(request))))
        .build();
  }

  @PUT
  @Path("/{code}/oversight")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Change the overseeing area team from a date",
      description = "Requires the editor role. The current link ends on that date.")
  @APIResponse(responseCode = "204", description = "Changed")
  public void changeOversight(
      @PathParam("code") @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE) String code,
      @NotNull(message = "a JSON body is required") @Valid CcgRequests.OversightRequest request) {
    register.changeOversight(code, request.toCommand());
  }

  @PUT
  @Path("/{code}/area")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.EDITOR, Roles.SERVICE})
  @Operation(
      summary = "Set the CCG's area over a period",
      description =
          "Requires the editor (or service) role. Every council is checked with hwb-service in one call; if it cannot be reached, 503 and nothing changes.")
  @APIResponse(responseCode = "204", description = "Set")
  @APIResponse(
      responseCode = "503",
      description = "hwb-service unreachable; nothing written",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public void setArea(
      @PathParam("code") @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE) String code,
      @NotNull(message = "a JSON body is required") @Valid CcgWrites.AreaRequest request) {
    register.setArea(code, CcgMapper.toCommand(request));
  }

  @POST
  @Path("/{code}/constitutions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Record a version of the constitution",
      description = "Requires the editor role. In force from its adoption until the next version.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = CcgDetail.ConstitutionView.class)))
  public Response addConstitution(
      @PathParam("code") @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE) String code,
      @NotNull(message = "a JSON body is required") @Valid
          CcgRequests.ConstitutionRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(CcgMapper.toView(register.addConstitution(code, request.toCommand())))
        .build();
  }

  @POST
  @Path("/{code}/pathfinder-periods")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Record a pathfinder period",
      description =
          "Requires the editor role. The PATHFINDER stage (see `POST /ccgs/{code}/stages`), by its older name and shape; the same rules apply.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = CcgDetail.PathfinderView.class)))
  @APIResponse(
      responseCode = "422",
      description = "The period overlaps the CCG's operational period; nothing written",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response addPathfinderPeriod(
      @PathParam("code") @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE) String code,
      @NotNull(message = "a JSON body is required") @Valid CcgRequests.PathfinderRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(CcgMapper.toPathfinderView(register.addPathfinderPeriod(code, request.toCommand())))
        .build();
  }

  @POST
  @Path("/{code}/stages")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Record a stage before the CCG became operational",
      description =
          "Requires the editor role. PATHFINDER, SHADOW (within the 2012-13 dual running, 2012-04-01 to 2013-04-01) or AUTHORISED (with `conditions` when authorised with conditions). The period ends by the CCG's first operational day (an open end lasts until then) and never overlaps its operational period (422); two periods of one stage do not overlap (409). Nothing is written when refused.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = CcgDetail.StageView.class)))
  @APIResponse(
      responseCode = "409",
      description = "A period of the same stage overlaps it; nothing written",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The period overlaps the CCG's operational period, or the shadow form lies outside the"
              + " dual running; nothing written",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response addStage(
      @PathParam("code") @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE) String code,
      @NotNull(message = "a JSON body is required") @Valid CcgRequests.StageRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(CcgMapper.toView(register.addStage(code, request.toCommand())))
        .build();
  }
}
