package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.landscape.ccg.domain.AreaTeam;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.repository.AreaTeamRepository;
import org.landscape.ccg.repository.RegionRepository;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;

/** Reads of NHS England's oversight structure: its regions and area teams. */
@ApplicationScoped
public class OversightService {

  @Inject RegionRepository regions;
  @Inject AreaTeamRepository areaTeams;

  /** The regions valid on the date, by code. */
  public Page<Region> regionsOn(LocalDate asOf, PageRequest page) {
    return regions.validOn(asOf, page);
  }

  public Region region(String code) {
    return regions
        .findByIdOptional(code)
        .orElseThrow(() -> ProblemException.notFound("Region", code));
  }

  /** The area teams valid on the date, of one region when given (null: any), by code. */
  public Page<AreaTeam> areaTeamsOn(String regionCode, LocalDate asOf, PageRequest page) {
    return areaTeams.validOn(regionCode, asOf, page);
  }

  public AreaTeam areaTeam(String code) {
    return areaTeams
        .findByIdOptional(code)
        .orElseThrow(() -> ProblemException.notFound("Area team", code));
  }
}
