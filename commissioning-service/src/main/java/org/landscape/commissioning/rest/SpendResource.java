package org.landscape.commissioning.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.ServiceCategory;
import org.landscape.commissioning.mapping.SpendMapper;
import org.landscape.commissioning.service.SpendService;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.FinancialYear;

@Path("/spend")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Spend", description = "Contract value per financial year")
public class SpendResource {

  @Inject SpendService spend;

  @GET
  @Operation(
      summary = "Contract value per commissioner and category in an NHS financial year",
      description =
          "Each contract's value is spread over its days; a contract spanning years counts in each for its days there, in pennies that sum exactly to its value. Active contracts count; terminated ones up to the termination, novated ones up to the novation (the successor counts after); drafts never.")
  @APIResponse(
      responseCode = "200",
      description = "The spend",
      content = @Content(schema = @Schema(implementation = SpendViews.SpendReport.class)))
  public SpendViews.SpendReport report(
      @QueryParam("financialYear")
          @NotNull(message = "is required")
          @Pattern(regexp = FinancialYear.REGEX, message = FinancialYear.MESSAGE)
          @Parameter(example = "2013/14", required = true)
          String financialYear,
      @QueryParam("commissionerKind") @Parameter(example = "CCG") CommissionerKind commissionerKind,
      @QueryParam("commissioner")
          @Pattern(regexp = CommissionerKind.ANY_CODE, message = CommissionerKind.ANY_CODE_MESSAGE)
          @Parameter(example = "00C")
          String commissioner,
      @QueryParam("category")
          @Pattern(regexp = ServiceCategory.CODE_REGEX, message = ServiceCategory.CODE_MESSAGE)
          @Parameter(example = "ELECTIVE_HOSPITAL_CARE")
          String category) {
    FinancialYear year =
        FinancialYear.parse(financialYear)
            .orElseThrow(() -> ProblemException.invalid("financialYear", FinancialYear.MESSAGE));
    return SpendMapper.toView(spend.report(year, commissionerKind, commissioner, category));
  }
}
