package org.landscape.commissioning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.CommissioningRule;
import org.landscape.commissioning.domain.RuleFilter;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.mapping.RuleMapper;
import org.landscape.commissioning.service.CommissioningRuleService;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.Problem;
import org.landscape.common.security.Roles;

@Path("/commissioning-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Who commissions what")
public class CommissioningRuleResource {

  @Inject CommissioningRuleService rules;
  @Inject UriInfo uri;

  @GET
  @Operation(
      summary = "Which kind of commissioner may commission which category, when",
      description =
          "Seeded with the 2013 settlement (from 2013-04-01); later rules extend it. `asOf` keeps the rules in force that day (omit it for all).")
  @APIResponse(responseCode = "200", description = "One page of rules, by category and date")
  public Page<RuleViews.RuleView> search(
      @QueryParam("category")
          @Pattern(regexp = ServiceCategory.CODE_REGEX, message = ServiceCategory.CODE_MESSAGE)
          @Parameter(example = "GENERAL_PRACTICE")
          String category,
      @QueryParam("commissionerKind") @Parameter(example = "CCG") CommissionerKind commissionerKind,
      @QueryParam("asOf") @Parameter(example = "2016-01-01") LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    return rules
        .search(new RuleFilter(category, commissionerKind, asOf), page)
        .map(RuleMapper::toView);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a rule")
  @APIResponse(
      responseCode = "200",
      description = "The rule",
      content = @Content(schema = @Schema(implementation = RuleViews.RuleView.class)))
  public RuleViews.RuleView get(
      @PathParam("id") @Min(value = 1, message = "must be a rule's id") @Parameter(example = "1")
          long id) {
    return RuleMapper.toView(rules.require(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      summary = "Add a later rule",
      description =
          "Requires the editor role. E.g. CCGs commissioning general practice under delegation from 2015-04-01. Rules of one kind for one category must not overlap, and one kind at a time holds a category DIRECT.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = RuleViews.RuleView.class)))
  @APIResponse(
      responseCode = "409",
      description = "Overlaps a rule of the same kind, or a second direct commissioner",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response add(
      @NotNull(message = "a JSON body is required") @Valid RuleRequests.NewRuleRequest request) {
    CommissioningRule rule = rules.add(request.toCommand());
    return Response.created(uri.getAbsolutePathBuilder().path(rule.id.toString()).build())
        .entity(RuleMapper.toView(rule))
        .build();
  }
}
