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
import org.landscape.ccg.mapping.CcgMapper;
import org.landscape.ccg.mapping.GoverningBodyMapper;
import org.landscape.ccg.rest.GoverningBodyViews.Figures;
import org.landscape.ccg.service.FiguresService;
import org.landscape.ccg.service.OversightService;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.time.AsOf;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "NHS England oversight", description = "Regions, area teams, and national figures")
public class OversightResource {

  @Inject OversightService oversight;
  @Inject FiguresService figures;

  @GET
  @Path("regions")
  @Operation(summary = "NHS England's regions on a date")
  public Page<CcgViews.RegionView> regions(
      @QueryParam("asOf") @Parameter(example = "2013-04-01") LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    return oversight.regionsOn(AsOf.orToday(asOf), page).map(CcgMapper::toView);
  }

  @GET
  @Path("regions/{code}")
  @Operation(summary = "A region")
  public CcgViews.RegionView region(
      @PathParam("code")
          @Pattern(
              regexp = "E40\\d{6}",
              message = "must be a region's ONS code (E40 and six digits)")
          String code) {
    return CcgMapper.toView(oversight.region(code));
  }

  @GET
  @Path("area-teams")
  @Operation(
      summary = "NHS England's area teams on a date",
      description = "Optionally only those of one region.")
  public Page<CcgViews.AreaTeamView> areaTeams(
      @QueryParam("region")
          @Pattern(
              regexp = "E40\\d{6}",
              message = "must be a region's ONS code (E40 and six digits)")
          String region,
      @QueryParam("asOf") @Parameter(example = "2013-04-01") LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    return oversight.areaTeamsOn(region, AsOf.orToday(asOf), page).map(CcgMapper::toView);
  }

  @GET
  @Path("area-teams/{code}")
  @Operation(summary = "An area team")
  public CcgViews.AreaTeamView areaTeam(
      @PathParam("code")
          @Pattern(
              regexp = "E39\\d{6}",
              message = "must be an area team's ONS code (E39 and six digits)")
          String code) {
    return CcgMapper.toView(oversight.areaTeam(code));
  }

  @GET
  @Path("figures")
  @Operation(
      summary = "National figures on a date",
      description =
          "Operational CCGs (overall and per region), the CCGs in each stage before becoming operational (pathfinder, shadow, authorised, with conditions), and the share of accountable officers and of chairs who are GPs (the seeds cite 25% and 80% for October 2014).")
  public Figures figures(@QueryParam("asOf") @Parameter(example = "2014-10-01") LocalDate asOf) {
    return GoverningBodyMapper.toView(figures.on(AsOf.orToday(asOf)));
  }
}
