package org.landscape.commissioning.rest;

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
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.ContractFilter;
import org.landscape.commissioning.domain.ContractStatus;
import org.landscape.commissioning.domain.ProviderKind;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.mapping.ContractMapper;
import org.landscape.commissioning.service.ContractDrafting;
import org.landscape.commissioning.service.ContractLifecycle;
import org.landscape.commissioning.service.ContractQueries;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.Problem;
import org.landscape.common.security.Roles;
import org.landscape.common.time.AsOf;

@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Contracts",
    description = "Commissioning contracts: DRAFT → ACTIVE → TERMINATED or NOVATED")
public class ContractResource {

  private static final String CHANGES_NEED_IF_MATCH =
      "Requires the editor role and If-Match with the ETag last read (428 without, 412 if stale).";

  @Inject ContractQueries queries;
  @Inject ContractDrafting drafting;
  @Inject ContractLifecycle lifecycle;
  @Inject UriInfo uri;

  @GET
  @Operation(
      summary = "Search contracts",
      description =
          "By commissioner, provider, category and status; `asOf` keeps those in force that day and gives each one's `state` then (default today). Sorted by reference.")
  @APIResponse(responseCode = "200", description = "One page of contracts")
  public Page<ContractViews.ContractView> search(
      @QueryParam("commissionerKind") @Parameter(example = "CCG") CommissionerKind commissionerKind,
      @QueryParam("commissioner")
          @Pattern(regexp = CommissionerKind.ANY_CODE, message = CommissionerKind.ANY_CODE_MESSAGE)
          @Parameter(description = "The commissioner's code", example = "00C")
          String commissioner,
      @QueryParam("provider")
          @Pattern(regexp = ProviderKind.ANY_CODE, message = ProviderKind.ANY_CODE_MESSAGE)
          @Parameter(example = "RX1")
          String provider,
      @QueryParam("category")
          @Pattern(regexp = ServiceCategory.CODE_REGEX, message = ServiceCategory.CODE_MESSAGE)
          @Parameter(example = "ELECTIVE_HOSPITAL_CARE")
          String category,
      @QueryParam("status") @Parameter(example = "ACTIVE") ContractStatus status,
      @QueryParam("asOf") @Parameter(example = "2014-01-01") LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    ContractFilter filter =
        new ContractFilter(commissionerKind, commissioner, provider, category, status, asOf);
    LocalDate standingOn = AsOf.orToday(asOf);
    return queries
        .search(filter, page)
        .map(contract -> ContractMapper.toView(contract, standingOn));
  }

  @GET
  @Path("/{reference}")
  @Operation(
      summary = "Get a contract, with its state on a date",
      description =
          "`state` is EXPIRED once `asOf` (default today) reaches the end date. Carries the ETag.")
  @APIResponse(
      responseCode = "200",
      description = "The contract",
      content = @Content(schema = @Schema(implementation = ContractViews.ContractView.class)))
  public Response get(
      @PathParam("reference")
          @Pattern(regexp = Contract.REFERENCE_REGEX, message = Contract.REFERENCE_MESSAGE)
          @Parameter(example = "00C-RX1-2013-ELECTIVE")
          String reference,
      @QueryParam("asOf") @Parameter(example = "2015-01-01") LocalDate asOf) {
    return withETag(Response.ok(), queries.require(reference), asOf);
  }

  @GET
  @Path("/{reference}/history")
  @Operation(
      summary = "Every change to the contract, oldest first",
      description =
          "From the change feed: each entry holds the contract as it was after the change.")
  @APIResponse(responseCode = "200", description = "The changes, oldest first")
  public List<ContractViews.HistoryEntry> history(
      @PathParam("reference")
          @Pattern(regexp = Contract.REFERENCE_REGEX, message = Contract.REFERENCE_MESSAGE)
          String reference) {
    return queries.history(reference).stream().map(ContractMapper::toEntry).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Draft a contract",
      description =
          "Requires the editor role. The commissioner's kind must be allowed to commission the category on the start date (GET /commissioning-rules). A CCG must be operational over the whole period (ccg-service), a council upper-tier (hwb-service), NHS England X24. A peer that cannot be reached: 503 and nothing written.")
  @APIResponse(
      responseCode = "201",
      description = "Drafted",
      content = @Content(schema = @Schema(implementation = ContractViews.ContractView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The reference is taken",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "A rule forbids it, e.g. \"On 2014-04-01 dentistry is commissioned by NHS England, not by a CCG\"",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "503",
      description = "A peer service is unreachable; nothing written",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response draft(
      @NotNull(message = "a JSON body is required") @Valid ContractRequests.NewContract request) {
    Contract contract = drafting.draft(request.reference(), request.terms());
    return withETag(Response.created(location(contract)), contract, null);
  }

  @PUT
  @Path("/{reference}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Replace a draft's terms",
      description = CHANGES_NEED_IF_MATCH + " Only drafts can be changed (409 otherwise).")
  @APIResponse(
      responseCode = "200",
      description = "Revised",
      content = @Content(schema = @Schema(implementation = ContractViews.ContractView.class)))
  public Response revise(
      @PathParam("reference")
          @Pattern(regexp = Contract.REFERENCE_REGEX, message = Contract.REFERENCE_MESSAGE)
          String reference,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid ContractRequests.Terms terms) {
    return withETag(Response.ok(), drafting.revise(reference, ifMatch, terms.terms()), null);
  }

  @POST
  @Path("/{reference}/activation")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Activate a draft",
      description = CHANGES_NEED_IF_MATCH + " From then on it counts in spend.")
  @APIResponse(
      responseCode = "200",
      description = "Active",
      content = @Content(schema = @Schema(implementation = ContractViews.ContractView.class)))
  public Response activate(
      @PathParam("reference")
          @Pattern(regexp = Contract.REFERENCE_REGEX, message = Contract.REFERENCE_MESSAGE)
          String reference,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch) {
    return withETag(Response.ok(), lifecycle.activate(reference, ifMatch), null);
  }

  @POST
  @Path("/{reference}/termination")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Terminate an active contract early",
      description =
          CHANGES_NEED_IF_MATCH
              + " It stops on the date given (within its period); its value counts up to then.")
  @APIResponse(
      responseCode = "200",
      description = "Terminated",
      content = @Content(schema = @Schema(implementation = ContractViews.ContractView.class)))
  public Response terminate(
      @PathParam("reference")
          @Pattern(regexp = Contract.REFERENCE_REGEX, message = Contract.REFERENCE_MESSAGE)
          String reference,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"1\"") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid ContractRequests.Termination request) {
    return withETag(
        Response.ok(),
        lifecycle.terminate(reference, ifMatch, request.date(), request.reason()),
        null);
  }

  @POST
  @Path("/{reference}/novation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Novate an active contract to a successor commissioner",
      description =
          CHANGES_NEED_IF_MATCH
              + " The original ends on the date; a successor contract, active, runs from then to the original end for the rest of the value, pro-rated by days, so nothing is counted twice. The successor is checked as a new contract's commissioner would be (503 and nothing written if its service is unreachable).")
  @APIResponse(
      responseCode = "201",
      description = "Novated; Location names the successor",
      content = @Content(schema = @Schema(implementation = ContractViews.NovationResult.class)))
  public Response novate(
      @PathParam("reference")
          @Pattern(regexp = Contract.REFERENCE_REGEX, message = Contract.REFERENCE_MESSAGE)
          String reference,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"1\"") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid ContractRequests.Novation request) {
    ContractLifecycle.Handover handover = lifecycle.novate(reference, ifMatch, request.toCommand());
    LocalDate today = AsOf.orToday(null);
    return Response.created(location(handover.successor()))
        .tag(ETags.of(handover.successor().version))
        .entity(ContractMapper.toView(handover.original(), handover.successor(), today))
        .build();
  }

  private URI location(Contract contract) {
    return uri.getBaseUriBuilder().path("contracts").path(contract.reference).build();
  }

  private static Response withETag(
      Response.ResponseBuilder response, Contract contract, LocalDate asOf) {
    return response
        .tag(ETags.of(contract.version))
        .entity(ContractMapper.toView(contract, AsOf.orToday(asOf)))
        .build();
  }
}
