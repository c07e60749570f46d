package org.landscape.practice.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.common.problem.Problem;
import org.landscape.common.security.Provenance;
import org.landscape.common.security.Roles;
import org.landscape.practice.api.MembershipView;
import org.landscape.practice.domain.Assertion;
import org.landscape.practice.domain.MembershipFact;
import org.landscape.practice.domain.PracticeCode;
import org.landscape.practice.mapping.PracticeMapper;
import org.landscape.practice.service.MembershipFactService;

@Path("/practices/{code}/membership-facts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practices")
public class MembershipFactResource {

  @Inject MembershipFactService facts;
  @Inject Provenance provenance;

  @GET
  @Operation(
      summary = "What was asserted about the practice's commissioner",
      description =
          "Every fact, withdrawn ones included, oldest day first, each with its source and when it"
              + " was recorded. The membership history is derived from the facts that shape it"
              + " and from the CCGs' successions.")
  public List<PracticeViews.MembershipFactView> list(
      @PathParam("code")
          @Pattern(regexp = PracticeCode.REGEX, message = PracticeCode.MESSAGE)
          @Parameter(example = "A81005")
          String code) {
    List<MembershipFact> all = facts.of(code);
    Set<Long> shaping =
        facts.historyOf(code).standing().stream()
            .map(Assertion::factId)
            .collect(Collectors.toSet());
    return all.stream().map(f -> PracticeMapper.toView(f, shaping.contains(f.id))).toList();
  }

  @POST
  @Path("/{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Withdraw a wrong fact",
      description =
          "Requires the editor role. The fact keeps its record, marked withdrawn; the history is"
              + " derived again without it and answered. The practice's first fact cannot be"
              + " withdrawn (correct it instead).")
  @APIResponse(responseCode = "200", description = "Withdrawn; the membership history after")
  @APIResponse(
      responseCode = "409",
      description = "Already withdrawn",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "The practice's first fact",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public List<MembershipView> withdraw(
      @PathParam("code") @Pattern(regexp = PracticeCode.REGEX, message = PracticeCode.MESSAGE)
          String code,
      @PathParam("id") @Parameter(example = "1051") long id,
      @NotNull(message = "a JSON body is required") @Valid PracticeRequests.Withdrawal request) {
    String source =
        provenance.of("POST /practices/" + code + "/membership-facts/" + id + "/withdrawal");
    return facts.withdraw(code, id, source + ": " + request.reason().strip()).periods().stream()
        .map(PracticeMapper::toView)
        .toList();
  }

  @POST
  @Path("/{id}/correction")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Correct a wrong fact",
      description =
          "Requires the editor role. The fact is withdrawn and replaced by a CORRECTION fact (the"
              + " CCG from the day given, which ccg-service must confirm operational until the"
              + " next fact holds); the history is derived again.")
  @APIResponse(
      responseCode = "201",
      description = "Corrected: the new fact",
      content = @Content(schema = @Schema(implementation = PracticeViews.MembershipFactView.class)))
  @APIResponse(
      responseCode = "409",
      description = "Already withdrawn, or another fact holds that day",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "A rule forbids it (e.g. the CCG is not operational then)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response correct(
      @PathParam("code") @Pattern(regexp = PracticeCode.REGEX, message = PracticeCode.MESSAGE)
          String code,
      @PathParam("id") @Parameter(example = "1051") long id,
      @NotNull(message = "a JSON body is required") @Valid PracticeRequests.Correction request) {
    String source =
        provenance.of("POST /practices/" + code + "/membership-facts/" + id + "/correction");
    MembershipFact corrected = facts.correct(code, id, request.toCommand(source));
    return Response.status(Response.Status.CREATED)
        .entity(PracticeMapper.toView(corrected, true))
        .build();
  }
}
