package org.landscape.hwb.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.landscape.common.problem.Problem;
import org.landscape.common.time.AsOf;
import org.landscape.hwb.domain.LocalAuthorityCode;
import org.landscape.hwb.mapping.ComplianceMapper;
import org.landscape.hwb.rest.MemberViews.ComplianceReport;
import org.landscape.hwb.service.ComplianceService;

@Path("/boards/{code}/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Board membership")
public class BoardComplianceResource {

  @Inject ComplianceService service;

  @GET
  @Operation(
      summary = "Statutory membership on a date",
      description =
          "Health and Social Care Act 2012 s194(2): each mandatory role held, and a representative"
              + " of each relevant CCG (one covering part of the council's area on the date, per"
              + " ccg-service). Representatives of CCGs that are not relevant then are flagged as"
              + " failed findings. Default date: today.")
  @APIResponse(
      responseCode = "200",
      description = "Each rule, passed or failed, and why",
      content = @Content(schema = @Schema(implementation = ComplianceReport.class)))
  @APIResponse(
      responseCode = "503",
      description = "ccg-service cannot be reached to say which CCGs are relevant",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ComplianceReport compliance(
      @PathParam("code")
          @Pattern(regexp = LocalAuthorityCode.REGEX, message = LocalAuthorityCode.MESSAGE)
          @Parameter(example = "E08000021")
          String code,
      @QueryParam("asOf") @Parameter(example = "2014-06-01") LocalDate asOf) {
    return ComplianceMapper.toReport(service.check(code, AsOf.orToday(asOf)));
  }
}
