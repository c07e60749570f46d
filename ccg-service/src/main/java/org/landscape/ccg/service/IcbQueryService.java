package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.domain.SubIcbLocation;
import org.landscape.ccg.repository.IcbRepository;
import org.landscape.ccg.repository.RegionRepository;
import org.landscape.ccg.repository.SubIcbLocationRepository;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;

/** Reads of the Integrated Care Boards as of a date. */
@ApplicationScoped
public class IcbQueryService {

  /** An ICB found by a search, with how many sub-ICB locations it has on the date. */
  public record Summary(Icb icb, int locationCount) {}

  /** An ICB as of a date, with its region and its sub-ICB locations then. */
  public record Detail(Icb icb, LocalDate asOf, Region region, List<SubIcbLocation> locations) {}

  @Inject IcbRepository icbs;
  @Inject SubIcbLocationRepository locations;
  @Inject RegionRepository regions;

  public Page<Summary> search(LocalDate asOf, String regionCode, PageRequest page) {
    Map<String, Long> countByIcb =
        locations.allOn(asOf).stream()
            .collect(Collectors.groupingBy(l -> l.icbCode, Collectors.counting()));
    return icbs.establishedOn(asOf, regionCode, page)
        .map(icb -> new Summary(icb, countByIcb.getOrDefault(icb.code, 0L).intValue()));
  }

  public Detail detail(String code, LocalDate asOf) {
    Icb icb = icbs.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("ICB", code));
    return new Detail(icb, asOf, regions.findById(icb.regionCode), locations.ofIcbOn(code, asOf));
  }
}
