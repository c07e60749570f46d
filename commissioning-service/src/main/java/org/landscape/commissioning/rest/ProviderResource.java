package org.landscape.commissioning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.landscape.commissioning.domain.Provider;
import org.landscape.commissioning.domain.ProviderFilter;
import org.landscape.commissioning.domain.ProviderKind;
import org.landscape.commissioning.mapping.ProviderMapper;
import org.landscape.commissioning.service.ProviderService;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.Problem;
import org.landscape.common.security.Roles;

@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "NHS trusts and the other providers that hold contracts")
public class ProviderResource {

  @Inject ProviderService providers;
  @Inject UriInfo uri;

  @GET
  @Operation(
      summary = "Search providers",
      description =
          "By part of the name, kind, and whether open on `asOf` (omit it for every provider). Sorted by code.")
  @APIResponse(responseCode = "200", description = "One page of providers")
  public Page<ProviderViews.ProviderView> search(
      @QueryParam("name")
          @Parameter(description = "Part of the name, any case", example = "nottingham")
          String name,
      @QueryParam("kind") @Parameter(example = "NHS_TRUST") ProviderKind kind,
      @QueryParam("asOf")
          @Parameter(description = "Only providers open on this date", example = "2014-01-01")
          LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    return providers.search(new ProviderFilter(name, kind, asOf), page).map(ProviderMapper::toView);
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "Get a provider by ODS code")
  @APIResponse(
      responseCode = "200",
      description = "The provider",
      content = @Content(schema = @Schema(implementation = ProviderViews.ProviderView.class)))
  public Response get(
      @PathParam("code")
          @Pattern(regexp = ProviderKind.ANY_CODE, message = ProviderKind.ANY_CODE_MESSAGE)
          @Parameter(example = "RX1")
          String code) {
    Provider provider = providers.require(code);
    return Response.ok(ProviderMapper.toView(provider)).tag(ETags.of(provider.version)).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Register a provider",
      description =
          "Requires the editor role. NHS trusts usually come from the etr import. A GP practice provider must be known to practice-service (503 and nothing written if it cannot be reached).")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = ProviderViews.ProviderView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The code is taken",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "A GP practice that practice-service does not know",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "practice-service unreachable; nothing written",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response register(
      @NotNull(message = "a JSON body is required") @Valid ProviderRequests.NewProvider request) {
    Provider provider = providers.register(request.toCommand());
    return Response.created(uri.getAbsolutePathBuilder().path(provider.code).build())
        .tag(ETags.of(provider.version))
        .entity(ProviderMapper.toView(provider))
        .build();
  }
}
