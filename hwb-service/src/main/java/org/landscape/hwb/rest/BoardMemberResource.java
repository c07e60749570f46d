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
import java.time.Instant;
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
import org.landscape.hwb.domain.BoardMember;
import org.landscape.hwb.domain.CcgCode;
import org.landscape.hwb.domain.LocalAuthorityCode;
import org.landscape.hwb.domain.MemberFilter;
import org.landscape.hwb.domain.MemberRole;
import org.landscape.hwb.mapping.MemberMapper;
import org.landscape.hwb.rest.MemberRequests.MemberRequest;
import org.landscape.hwb.rest.MemberViews.MemberView;
import org.landscape.hwb.service.MemberService;

@Path("/boards/{code}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board membership", description = "Dated seats and statutory membership")
public class BoardMemberResource {

  @Inject MemberService service;
  @Inject UriInfo uri;

  @GET
  @Operation(
      summary = "The seats on a date",
      description =
          "Sorted by name, then role. Default date: today. With knownAt, the seats as the suite"
              + " had recorded them by that instant.")
  public Page<MemberView> search(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          @Parameter(example = "E08000021")
          String code,
      @QueryParam("role") @Parameter(example = "CCG_REPRESENTATIVE") MemberRole role,
      @QueryParam("ccg")
          @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE)
          @Parameter(description = "Only representatives of this CCG", example = "00G")
          String ccg,
      @QueryParam("asOf") @Parameter(example = "2014-06-01") LocalDate asOf,
      @QueryParam("knownAt")
          @Parameter(
              description = "What had been recorded by this instant; now when absent",
              example = "2026-01-01T00:00:00Z")
          Instant knownAt,
      @BeanParam @Valid PageRequest page) {
    MemberFilter filter = new MemberFilter(role, ccg);
    LocalDate date = AsOf.orToday(asOf);
    return (knownAt == null
            ? service.search(code, filter, date, page)
            : service.search(code, filter, date, knownAt, page))
        .map(member -> MemberMapper.toView(member, code));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A seat", description = "Carries the ETag to send as If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The seat",
      content = @Content(schema = @Schema(implementation = MemberView.class)))
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
      summary = "Add a seat",
      description =
          "Requires the editor role. The seat belongs to the board in place on validFrom. A CCG"
              + " representative names a CCG that ccg-service knows and holds operational on"
              + " validFrom; when ccg-service cannot be reached, nothing is written (503).")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The person already holds this seat over an overlapping period",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "ccg-service cannot be reached to check the CCG; nothing was written",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response add(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          String code,
      @NotNull(message = "a JSON body is required") @Valid MemberRequest request) {
    BoardMember member = service.add(code, request.toCommand());
    return withETag(
        Response.created(uri.getAbsolutePathBuilder().path(Long.toString(member.id)).build()),
        member,
        code);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Replace a seat (e.g. to end it)",
      description = "Requires the editor role and If-Match with the ETag last read.")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  public Response replace(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          String code,
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = "The ETag last read", example = "\"0\"")
          String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid MemberRequest request) {
    return withETag(Response.ok(), service.replace(code, id, ifMatch, request.toCommand()), code);
  }

  private static Response withETag(
      Response.ResponseBuilder response, BoardMember member, String code) {
    return response.tag(ETags.of(member.version)).entity(MemberMapper.toView(member, code)).build();
  }
}
