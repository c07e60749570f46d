package org.landscape.hwb.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.Problem;
import org.landscape.common.time.FinancialYear;
import org.landscape.hwb.domain.LocalAuthorityCode;
import org.landscape.hwb.mapping.OversightGapMapper;
import org.landscape.hwb.rest.OversightViews.OversightGap;
import org.landscape.hwb.service.OversightGapService;

@Path("/oversight-gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board oversight")
public class OversightGapResource {

  @Inject OversightGapService service;

  @GET
  @Operation(
      summary = "Relevant CCGs without an opinion for a financial year",
      description =
          "For each board in place on the year's first day (or the one asked for), the CCGs"
              + " relevant to it then, per ccg-service, on whose plan it has given no opinion for"
              + " the year. Only boards with such a gap are listed, sorted by code.")
  @APIResponse(
      responseCode = "503",
      description = "ccg-service cannot be reached to say which CCGs are relevant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<OversightGap> gaps(
      @QueryParam("financialYear")
          @NotNull(message = "is required")
          @ValidFinancialYear
          @Parameter(required = true, example = "2014/15")
          String financialYear,
      @QueryParam("board")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          @Parameter(description = "Only this board", example = "E08000021")
          String board,
      @BeanParam @Valid PageRequest page) {
    return service
        .gaps(FinancialYear.parse(financialYear).orElseThrow(), board, page)
        .map(OversightGapMapper::toView);
  }
}
