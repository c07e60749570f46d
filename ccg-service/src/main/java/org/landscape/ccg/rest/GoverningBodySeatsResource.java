package org.landscape.ccg.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.ccg.api.GoverningBodySeatView;
import org.landscape.ccg.mapping.GoverningBodyMapper;
import org.landscape.ccg.service.GoverningBodyService;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.time.AsOf;

@Path("/governing-body-seats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Governing bodies",
    description = "CCG governing body seats and their compliance with the rules")
public class GoverningBodySeatsResource {

  @Inject GoverningBodyService service;

  @GET
  @Operation(
      summary = "The seats of every CCG's governing body on a date",
      description =
          "Each with its CCG and, when named, the ODS code of the holder's employer (with"
              + " `employerNamed=true`, only those): what commissioning-service checks the"
              + " independence rule against. Sorted by CCG, then seat.")
  public Page<GoverningBodySeatView> seats(
      @QueryParam("asOf")
          @Parameter(description = "The date (default today)", example = "2014-10-01")
          LocalDate asOf,
      @QueryParam("employerNamed")
          @DefaultValue("false")
          @Parameter(description = "Only the seats that name their holder's employer")
          boolean employerNamed,
      @BeanParam @Valid PageRequest page) {
    return service.allOn(AsOf.orToday(asOf), employerNamed, page).map(GoverningBodyMapper::toEntry);
  }
}
