package org.landscape.practice.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.util.List;
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
import org.landscape.common.security.Provenance;
import org.landscape.common.security.Roles;
import org.landscape.common.time.AsOf;
import org.landscape.practice.api.MembershipView;
import org.landscape.practice.api.PracticeStatus;
import org.landscape.practice.api.PracticeView;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.domain.PracticeCode;
import org.landscape.practice.domain.PracticeFilter;
import org.landscape.practice.mapping.PracticeMapper;
import org.landscape.practice.service.PracticeService;
import org.landscape.practice.service.TransferService;

@Path("/practices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practices", description = "GP practices and their dated CCG membership")
public class PracticeResource {

  @Inject PracticeService practices;
  @Inject TransferService transfers;
  @Inject UriInfo uri;
  @Inject Provenance provenance;

  @GET
  @Operation(
      summary = "Search practices",
      description =
          "By name, postcode prefix, status, or CCG membership on `asOf` (default today). Sorted by code.")
  public Page<PracticeView> search(
      @QueryParam("name") @Parameter(example = "surgery") String name,
      @QueryParam("postcode")
          @Size(max = 8, message = "must be at most 8 characters")
          @Parameter(description = "Postcode prefix, any case and spacing", example = "DL1")
          String postcode,
      @QueryParam("status") PracticeStatus status,
      @QueryParam("ccg")
          @Pattern(regexp = PracticeRequests.CCG_CODE, message = PracticeRequests.CCG_MESSAGE)
          @Parameter(description = "Only members of this CCG on asOf", example = "00C")
          String ccg,
      @QueryParam("asOf") @Parameter(example = "2014-01-01") LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    LocalDate date = AsOf.orToday(asOf);
    return practices
        .search(
            new PracticeFilter(name, postcode, PracticeMapper.toDomain(status), ccg), date, page)
        .map(found -> PracticeMapper.toView(found, date));
  }

  @GET
  @Path("/{code}")
  @Operation(
      summary = "Get a practice, with its CCG on a date",
      description =
          "Carries the ETag for updates. With knownAt, the practice and its CCG as the suite had"
              + " recorded them by that instant (valid time asOf, recording time knownAt).")
  @APIResponse(
      responseCode = "200",
      description = "The practice",
      content = @Content(schema = @Schema(implementation = PracticeView.class)))
  public Response get(
      @PathParam("code")
          @Pattern(regexp = PracticeCode.REGEX, message = PracticeCode.MESSAGE)
          @Parameter(example = "A83005")
          String code,
      @QueryParam("asOf") @Parameter(example = "2014-01-01") LocalDate asOf,
      @QueryParam("knownAt")
          @Parameter(
              description = "What had been recorded by this instant; now when absent",
              example = "2026-01-01T00:00:00Z")
          Instant knownAt) {
    LocalDate date = AsOf.orToday(asOf);
    PracticeView view =
        PracticeMapper.toView(
            knownAt == null ? practices.on(code, date) : practices.on(code, date, knownAt), date);
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }

  @GET
  @Path("/{code}/memberships")
  @Operation(
      summary = "The practice's membership history",
      description =
          "Oldest first; consecutive memberships meet without a gap. Each says whether it was"
              + " asserted (origin IMPORT, TRANSFER, REGISTRATION, CORRECTION) or derived"
              + " (SUCCESSION), and its source. With knownAt, the history as the suite had"
              + " recorded it by that instant.")
  public List<MembershipView> memberships(
      @PathParam("code")
          @Pattern(regexp = PracticeCode.REGEX, message = PracticeCode.MESSAGE)
          @Parameter(example = "A83005")
          String code,
      @QueryParam("knownAt")
          @Parameter(
              description = "What had been recorded by this instant; now when absent",
              example = "2026-01-01T00:00:00Z")
          Instant knownAt) {
    if (knownAt == null) {
      return PracticeMapper.toViews(practices.history(code));
    }
    return practices.historyKnownAt(code, knownAt).stream().map(PracticeMapper::toView).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Register a practice with its first CCG",
      description =
          "Requires the editor role. ccg-service must confirm the CCG is operational over the membership; if it cannot be reached, 503 and nothing is written.")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = PracticeView.class)))
  @APIResponse(
      responseCode = "422",
      description = "The CCG is not operational",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "ccg-service unreachable; nothing written",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response register(
      @NotNull(message = "a JSON body is required") @Valid PracticeRequests.NewPractice request) {
    Practice practice = practices.register(request.toCommand(provenance.of("POST /practices")));
    return Response.created(uri.getAbsolutePathBuilder().path(practice.code).build())
        .tag(ETags.of(practice.version))
        .entity(view(practice.code, request.memberFrom()))
        .build();
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Replace a practice's details",
      description =
          "Requires the editor role and If-Match. A close date ends the current membership then.")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = PracticeView.class)))
  public Response update(
      @PathParam("code") @Pattern(regexp = PracticeCode.REGEX, message = PracticeCode.MESSAGE)
          String code,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid PracticeRequests.Details details) {
    Practice practice = practices.update(code, ifMatch, details.toCommand());
    return Response.ok(view(code, AsOf.orToday(null))).tag(ETags.of(practice.version)).build();
  }

  @POST
  @Path("/{code}/transfers")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Transfer the practice to another CCG from a date",
      description =
          "Requires the editor role. The effective date may be any day of the practice's open life once it has a CCG: a back-dated transfer splits the membership it lands in, later asserted facts keep their dates, and the practice goes with its new CCG through that CCG's later successions. The transfer is kept as an asserted fact with its source (see /practices/{code}/membership-facts). Send an Idempotency-Key: a retry with the same key gets the first answer (Idempotency-Replayed: true) and transfers nothing. Of concurrent conflicting transfers one wins and the others get 409.")
  @APIResponse(
      responseCode = "201",
      description = "Transferred",
      content = @Content(schema = @Schema(implementation = PracticeViews.TransferResult.class)))
  @APIResponse(
      responseCode = "409",
      description = "Another fact is asserted for that day (correct or withdraw it instead)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "A rule forbids it (e.g. the target CCG is closed)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "ccg-service unreachable; nothing written",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response transfer(
      @PathParam("code") @Pattern(regexp = PracticeCode.REGEX, message = PracticeCode.MESSAGE)
          String code,
      @HeaderParam("Idempotency-Key")
          @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
          @Parameter(example = "9b2f6c1e-transfer-A83005")
          String idempotencyKey,
      @NotNull(message = "a JSON body is required") @Valid PracticeRequests.Transfer request) {
    TransferService.Outcome outcome =
        transfers.transfer(
            code,
            idempotencyKey,
            request.toCommand(provenance.of("POST /practices/" + code + "/transfers")));
    return Response.status(Response.Status.CREATED)
        .header("Idempotency-Replayed", Boolean.toString(outcome.replayed()))
        .entity(PracticeMapper.toView(outcome.result()))
        .build();
  }

  private PracticeView view(String code, LocalDate asOf) {
    return PracticeMapper.toView(practices.on(code, asOf), asOf);
  }
}
