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
import org.landscape.hwb.domain.JointDocument;
import org.landscape.hwb.domain.JointDocumentKind;
import org.landscape.hwb.domain.LocalAuthorityCode;
import org.landscape.hwb.mapping.JointDocumentMapper;
import org.landscape.hwb.rest.OversightRequests.JointDocumentRequest;
import org.landscape.hwb.rest.OversightViews.JointDocumentView;
import org.landscape.hwb.service.JointDocumentService;

@Path("/boards/{code}/joint-documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Board oversight",
    description =
        "Joint Strategic Needs Assessments, Joint Health and Wellbeing Strategies, and opinions on"
            + " CCG commissioning plans")
public class JointDocumentResource {

  @Inject JointDocumentService service;
  @Inject UriInfo uri;

  @GET
  @Operation(
      summary = "The board's JSNA and JHWS in force on a date",
      description = "Default date: today.")
  public Page<JointDocumentView> search(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          @Parameter(example = "E08000021")
          String code,
      @QueryParam("kind") @Parameter(example = "JOINT_HEALTH_AND_WELLBEING_STRATEGY")
          JointDocumentKind kind,
      @QueryParam("asOf") @Parameter(example = "2014-06-01") LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    return service
        .search(code, kind, AsOf.orToday(asOf), page)
        .map(document -> JointDocumentMapper.toView(document, code));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A document", description = "Carries the ETag to send as If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The document",
      content = @Content(schema = @Schema(implementation = JointDocumentView.class)))
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
      summary = "Add a JSNA or JHWS",
      description =
          "Requires the editor role. It belongs to the board in place on validFrom; one of each"
              + " kind is in force at a time, so end the previous one first.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = JointDocumentView.class)))
  @APIResponse(
      responseCode = "409",
      description = "Another document of the kind is in force over an overlapping period",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response add(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          String code,
      @NotNull(message = "a JSON body is required") @Valid JointDocumentRequest request) {
    JointDocument document = service.add(code, request.toCommand());
    return withETag(
        Response.created(uri.getAbsolutePathBuilder().path(Long.toString(document.id)).build()),
        document,
        code);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Replace a document (e.g. to end it)",
      description =
          "Requires the editor role and If-Match with the ETag last read. A strategy that opinions"
              + " were judged against must stay in force on their dates (422).")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content = @Content(schema = @Schema(implementation = JointDocumentView.class)))
  public Response replace(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          String code,
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = "The ETag last read", example = "\"0\"")
          String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid JointDocumentRequest request) {
    return withETag(Response.ok(), service.replace(code, id, ifMatch, request.toCommand()), code);
  }

  private static Response withETag(
      Response.ResponseBuilder response, JointDocument document, String code) {
    return response
        .tag(ETags.of(document.version))
        .entity(JointDocumentMapper.toView(document, code))
        .build();
  }
}
