package org.landscape.ccg.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.landscape.ccg.mapping.CcgMapper;
import org.landscape.ccg.repository.AreaTeamRepository;
import org.landscape.ccg.repository.RegionRepository;
import org.landscape.ccg.rest.GoverningBodyViews.Figures;
import org.landscape.ccg.service.FiguresService;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.AsOf;
import org.landscape.common.time.Validity;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "NHS England oversight", description = "Regions, area teams, and national figures")
public class OversightResource {

  @Inject RegionRepository regions;
  @Inject AreaTeamRepository areaTeams;
  @Inject FiguresService figures;

  @GET
  @Path("regions")
  @Operation(summary = "NHS England's regions on a date")
  public List<CcgViews.RegionView> regions(
      @QueryParam("asOf") @Parameter(example = "2013-04-01") LocalDate asOf) {
    LocalDate date = AsOf.orToday(asOf);
    return regions.listAll().stream()
        .filter(r -> Validity.contains(r.validFrom, r.validTo, date))
        .sorted(Comparator.comparing(r -> r.code))
        .map(CcgMapper::toView)
        .toList();
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
    return regions
        .findByIdOptional(code)
        .map(CcgMapper::toView)
        .orElseThrow(() -> ProblemException.notFound("Region", code));
  }

  @GET
  @Path("area-teams")
  @Operation(
      summary = "NHS England's area teams on a date",
      description = "Optionally only those of one region.")
  public List<CcgViews.AreaTeamView> areaTeams(
      @QueryParam("region")
          @Pattern(
              regexp = "E40\\d{6}",
              message = "must be a region's ONS code (E40 and six digits)")
          String region,
      @QueryParam("asOf") @Parameter(example = "2013-04-01") LocalDate asOf) {
    LocalDate date = AsOf.orToday(asOf);
    return areaTeams.listAll().stream()
        .filter(t -> Validity.contains(t.validFrom, t.validTo, date))
        .filter(t -> region == null || region.equals(t.regionCode))
        .sorted(Comparator.comparing(t -> t.code))
        .map(CcgMapper::toView)
        .toList();
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
    return areaTeams
        .findByIdOptional(code)
        .map(CcgMapper::toView)
        .orElseThrow(() -> ProblemException.notFound("Area team", code));
  }

  @GET
  @Path("figures")
  @Operation(
      summary = "National figures on a date",
      description =
          "Operational CCGs (overall and per region), and the share of accountable officers and of chairs who are GPs (the seeds cite 25% and 80% for October 2014).")
  public Figures figures(@QueryParam("asOf") @Parameter(example = "2014-10-01") LocalDate asOf) {
    return figures.on(AsOf.orToday(asOf));
  }
}
