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
import org.landscape.hwb.domain.CcgCode;
import org.landscape.hwb.domain.LocalAuthorityCode;
import org.landscape.hwb.domain.OpinionFilter;
import org.landscape.hwb.domain.OpinionVerdict;
import org.landscape.hwb.domain.PlanOpinion;
import org.landscape.hwb.mapping.OpinionMapper;
import org.landscape.hwb.rest.OversightRequests.OpinionRequest;
import org.landscape.hwb.rest.OversightViews.OpinionView;
import org.landscape.hwb.service.OpinionService;

@Path("/boards/{code}/opinions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board oversight")
public class PlanOpinionResource {

  @Inject OpinionService service;
  @Inject UriInfo uri;

  @GET
  @Operation(
      summary = "The board's opinions on CCG commissioning plans",
      description = "Sorted by the day given.")
  public Page<OpinionView> search(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          @Parameter(example = "E08000021")
          String code,
      @QueryParam("financialYear") @ValidFinancialYear @Parameter(example = "2014/15")
          String financialYear,
      @QueryParam("ccg")
          @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE)
          @Parameter(example = "00G")
          String ccg,
      @QueryParam("opinion") @Parameter(example = "DOES_NOT_TAKE_PROPER_ACCOUNT")
          OpinionVerdict opinion,
      @BeanParam @Valid PageRequest page) {
    return service
        .search(code, new OpinionFilter(financialYear, ccg, opinion), page)
        .map(found -> OpinionMapper.toView(found, code));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An opinion", description = "Carries the ETag to send as If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The opinion",
      content = @Content(schema = @Schema(implementation = OpinionView.class)))
  public Response get(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          String code,
      @PathParam("id") long id) {
    return withETag(Response.ok(), service.get(code, id), code);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Record the board's opinion on a CCG's draft commissioning plan",
      description =
          "Requires the editor role. The board in place on givenOn must have a Joint Health and"
              + " Wellbeing Strategy in force then (rule STRATEGY_IN_FORCE), and the CCG must be"
              + " relevant to it then, covering part of the council's area per ccg-service (rule"
              + " RELEVANT_CCG). When ccg-service cannot be reached, nothing is written (503).")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = OpinionView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The board already gave an opinion on this plan",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "A rule forbids it; the detail names the rule",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "ccg-service cannot be reached; nothing was written",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response give(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          String code,
      @NotNull(message = "a JSON body is required") @Valid OpinionRequest request) {
    PlanOpinion opinion = service.give(code, request.toCommand());
    return withETag(
        Response.created(uri.getAbsolutePathBuilder().path(Long.toString(opinion.id)).build()),
        opinion,
        code);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Revise an opinion",
      description =
          "Requires the editor role and If-Match with the ETag last read; the rules of a new"
              + " opinion apply.")
  @APIResponse(
      responseCode = "200",
      description = "Revised",
      content = @Content(schema = @Schema(implementation = OpinionView.class)))
  public Response revise(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          String code,
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = "The ETag last read", example = "\"0\"")
          String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid OpinionRequest request) {
    return withETag(Response.ok(), service.revise(code, id, ifMatch, request.toCommand()), code);
  }

  private static Response withETag(
      Response.ResponseBuilder response, PlanOpinion opinion, String code) {
    return response
        .tag(ETags.of(opinion.version))
        .entity(OpinionMapper.toView(opinion, code))
        .build();
  }
}
