package org.landscape.ccg.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.ccg.api.IcbDetail;
import org.landscape.ccg.api.IcbSummary;
import org.landscape.ccg.domain.IcbCode;
import org.landscape.ccg.mapping.IcbMapper;
import org.landscape.ccg.service.IcbQueryService;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.time.AsOf;

/** The Integrated Care Boards, established 2022-07-01, and their sub-ICB locations. */
@Path("/icbs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Integrated Care Boards",
    description = "The ICBs since 2022-07-01, each with the sub-ICB locations that were CCGs")
public class IcbResource {

  @Inject IcbQueryService queries;

  @GET
  @Operation(
      summary = "The ICBs established on a date",
      description = "None before 2022-07-01. Optionally only those of one region. Sorted by code.")
  public Page<IcbSummary> search(
      @QueryParam("region")
          @Pattern(
              regexp = "E40\\d{6}",
              message = "must be a region's ONS code (E40 and six digits)")
          @Parameter(example = "E40000009")
          String region,
      @QueryParam("asOf")
          @Parameter(description = "The date (default today)", example = "2023-01-01")
          LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    LocalDate date = AsOf.orToday(asOf);
    return queries.search(date, region, page).map(s -> IcbMapper.toView(s, date));
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "An ICB as of a date, with its region and sub-ICB locations then")
  public IcbDetail get(
      @PathParam("code") @Pattern(regexp = IcbCode.REGEX, message = IcbCode.MESSAGE) String code,
      @QueryParam("asOf")
          @Parameter(description = "The date (default today)", example = "2023-01-01")
          LocalDate asOf) {
    return IcbMapper.toView(queries.detail(code, AsOf.orToday(asOf)));
  }
}
