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
import org.landscape.hwb.api.LocalAuthorityKind;
import org.landscape.hwb.api.LocalAuthorityView;
import org.landscape.hwb.domain.LocalAuthority;
import org.landscape.hwb.domain.LocalAuthorityCode;
import org.landscape.hwb.domain.LocalAuthorityFilter;
import org.landscape.hwb.mapping.LocalAuthorityMapper;
import org.landscape.hwb.rest.LocalAuthorityRequests.LocalAuthorityUpdate;
import org.landscape.hwb.rest.LocalAuthorityRequests.NewLocalAuthority;
import org.landscape.hwb.service.LocalAuthorityService;

@Path("/local-authorities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Local authorities", description = "The register of English councils (ONS codes)")
public class LocalAuthorityResource {

  @Inject LocalAuthorityService service;
  @Inject UriInfo uri;

  @GET
  @Operation(summary = "Search the councils valid on a date", description = "Sorted by code.")
  public Page<LocalAuthorityView> search(
      @QueryParam("name") @Parameter(description = "Part of the name, any case", example = "york")
          String name,
      @QueryParam("kind") @Parameter(description = "Kind of council", example = "UNITARY")
          LocalAuthorityKind kind,
      @QueryParam("upperTier")
          @Pattern(
              regexp = "E10\\d{6}",
              message = "must be a county's ONS code (E10 and six digits)")
          @Parameter(description = "Only the districts of this county", example = "E10000016")
          String upperTier,
      @QueryParam("hostsBoard")
          @Parameter(
              description =
                  "Only councils that host (true) or do not host (false) a Health and Wellbeing Board")
          Boolean hostsBoard,
      @QueryParam("asOf")
          @Parameter(description = "Valid on this date (default today)", example = "2014-06-01")
          LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    LocalAuthorityFilter filter =
        new LocalAuthorityFilter(name, LocalAuthorityMapper.toDomain(kind), upperTier, hostsBoard);
    return service.search(filter, AsOf.orToday(asOf), page).map(LocalAuthorityMapper::toView);
  }

  @GET
  @Path("/{code}")
  @Operation(
      summary = "Get a council by ONS code",
      description = "The response carries the ETag to send as If-Match when updating.")
  @APIResponse(
      responseCode = "200",
      description = "The council",
      content = @Content(schema = @Schema(implementation = LocalAuthorityView.class)))
  public Response get(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          @Parameter(example = "E06000001")
          String code,
      @QueryParam("asOf") @Parameter(description = "Only if valid on this date") LocalDate asOf) {
    return withETag(Response.ok(), service.get(code, asOf));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Add a council",
      description =
          "Requires the editor role. The kind follows from the code; a district needs its county.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = LocalAuthorityView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The code is taken",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(
      @NotNull(message = "a JSON body is required") @Valid NewLocalAuthority request) {
    LocalAuthority created = service.create(request.toCommand());
    return withETag(
        Response.created(uri.getAbsolutePathBuilder().path(created.code).build()), created);
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Replace a council's editable fields",
      description = "Requires the editor role and If-Match with the ETag last read.")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = LocalAuthorityView.class)))
  public Response update(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          String code,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = "The ETag last read", example = "\"0\"")
          String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid LocalAuthorityUpdate changes) {
    return withETag(Response.ok(), service.update(code, ifMatch, changes.toCommand()));
  }

  private static Response withETag(Response.ResponseBuilder response, LocalAuthority authority) {
    return response
        .tag(ETags.of(authority.version))
        .entity(LocalAuthorityMapper.toView(authority))
        .build();
  }
}
