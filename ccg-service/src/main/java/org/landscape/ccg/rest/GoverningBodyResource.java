package org.landscape.ccg.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.ccg.domain.CcgCode;
import org.landscape.ccg.domain.GoverningBodySeat;
import org.landscape.ccg.mapping.GoverningBodyMapper;
import org.landscape.ccg.rest.GoverningBodyRequests.SeatRequest;
import org.landscape.ccg.rest.GoverningBodyViews.ComplianceReport;
import org.landscape.ccg.rest.GoverningBodyViews.SeatView;
import org.landscape.ccg.service.GoverningBodyService;
import org.landscape.common.http.ETags;
import org.landscape.common.security.Roles;
import org.landscape.common.time.AsOf;

@Path("/ccgs/{code}/governing-body")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Governing bodies",
    description = "CCG governing body seats and their compliance with the rules")
public class GoverningBodyResource {

  @Inject GoverningBodyService service;
  @Inject UriInfo uri;

  @GET
  @Operation(summary = "The seats on a date", description = "Default date: today.")
  public List<SeatView> seats(
      @PathParam("code")
          @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE)
          @Parameter(example = "00C")
          String code,
      @QueryParam("asOf") @Parameter(example = "2014-10-01") LocalDate asOf) {
    return service.seatsOn(code, AsOf.orToday(asOf)).stream()
        .map(GoverningBodyMapper::toView)
        .toList();
  }

  @GET
  @Path("/compliance")
  @Operation(
      summary = "Compliance with the rules on a date",
      description = "Each rule of the seeds and SI 2012/1631 reg 11, passed or failed, and why.")
  public ComplianceReport compliance(
      @PathParam("code")
          @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE)
          @Parameter(example = "00C")
          String code,
      @QueryParam("asOf") @Parameter(example = "2014-10-01") LocalDate asOf) {
    return GoverningBodyMapper.toView(service.compliance(code, AsOf.orToday(asOf)));
  }

  @POST
  @Path("/seats")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Add a seat",
      description = "Requires the editor role. A person may hold several roles.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = SeatView.class)))
  public Response add(
      @PathParam("code") @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE) String code,
      @NotNull(message = "a JSON body is required") @Valid SeatRequest request) {
    GoverningBodySeat seat = service.add(code, request.toCommand());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(seat.id)).build())
        .tag(ETags.of(seat.version))
        .entity(GoverningBodyMapper.toView(seat))
        .build();
  }

  @PUT
  @Path("/seats/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Replace a seat (e.g. to end it)",
      description = "Requires the editor role and If-Match with the seat's version.")
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      content = @Content(schema = @Schema(implementation = SeatView.class)))
  public Response replace(
      @PathParam("code") @Pattern(regexp = CcgCode.REGEX, message = CcgCode.MESSAGE) String code,
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid SeatRequest request) {
    GoverningBodySeat seat = service.replace(code, id, ifMatch, request.toCommand());
    return Response.ok(GoverningBodyMapper.toView(seat)).tag(ETags.of(seat.version)).build();
  }
}
