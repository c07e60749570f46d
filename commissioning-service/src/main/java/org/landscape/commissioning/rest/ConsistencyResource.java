package org.landscape.commissioning.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.commissioning.consistency.ConsistencyReport;
import org.landscape.commissioning.consistency.ConsistencyService;
import org.landscape.commissioning.domain.Rule;
import org.landscape.common.problem.Problem;
import org.landscape.common.time.AsOf;

@Path("/consistency-report")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consistency", description = "Invariants that span the services")
public class ConsistencyResource {

  @Inject ConsistencyService consistency;

  @GET
  @Operation(
      summary = "Check every cross-service invariant on a date",
      description =
          "Each open practice in exactly one operational CCG (from 2022-07-01: a sub-ICB location"
              + " of an operational ICB); each board with every relevant CCG (from 2022-07-01:"
              + " ICB) represented and no representative of an irrelevant one; each active contract's"
              + " commissioner operational; no registered nurse or secondary-care specialist doctor"
              + " on a CCG's governing body employed by a provider holding a contract with that CCG"
              + " in force on the date (seats read from ccg-service with their employer's ODS"
              + " code); no reference to an unknown CCG or council. Lists every violation with the"
              + " records involved; `rule` and `ccg` narrow the list (the counts always cover"
              + " every rule and CCG).")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content = @Content(schema = @Schema(implementation = ConsistencyReport.class)))
  @APIResponse(
      responseCode = "503",
      description = "A peer cannot be reached; nothing can be said",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ConsistencyReport report(
      @QueryParam("asOf")
          @Parameter(description = "The date (default today)", example = "2015-06-01")
          LocalDate asOf,
      @QueryParam("rule") @Parameter(description = "List only this rule's violations") Rule rule,
      @QueryParam("ccg")
          @Pattern(
              regexp = "[0-9]{2}[A-Z]|[A-Z0-9]{5}",
              message = "must be a CCG's ODS code (two digits and a letter, or five characters)")
          @Parameter(description = "List only the violations involving this CCG", example = "00C")
          String ccg) {
    return consistency.report(AsOf.orToday(asOf), rule, ccg);
  }
}
