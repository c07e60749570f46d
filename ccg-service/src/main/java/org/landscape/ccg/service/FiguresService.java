package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.landscape.ccg.domain.AreaTeam;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgOversight;
import org.landscape.ccg.domain.CcgStage;
import org.landscape.ccg.domain.CcgStagePeriod;
import org.landscape.ccg.domain.GoverningBodyComposition;
import org.landscape.ccg.domain.GoverningBodyRole;
import org.landscape.ccg.domain.GoverningBodySeat;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.repository.IcbRepository;
import org.landscape.ccg.repository.OversightRepository;
import org.landscape.ccg.repository.RegionRepository;
import org.landscape.ccg.repository.SeatRepository;
import org.landscape.ccg.repository.StageRepository;
import org.landscape.ccg.repository.SubIcbLocationRepository;
import org.landscape.common.paging.PageRequest;

/**
 * National figures as of a date: operational CCGs, the CCGs in each stage before becoming
 * operational, how many leaders are GPs, and from 2022-07-01 the ICBs and sub-ICB locations.
 */
@ApplicationScoped
public class FiguresService {

  /** National figures as of a date. */
  public record Figures(
      LocalDate asOf,
      int operationalCcgs,
      List<RegionCount> byRegion,
      int withoutRegion,
      ShareFigure accountableOfficers,
      ShareFigure chairs,
      StageCounts stages,
      int regions,
      int icbs,
      int icbRegions,
      int subIcbLocations) {}

  /**
   * The CCGs in each stage before becoming operational on the date (a CCG in two stages counts in
   * both), and of the authorised, those authorised with conditions.
   */
  public record StageCounts(
      int pathfinder, int shadow, int authorised, int authorisedWithConditions) {}

  /** Operational CCGs of a region (its name null when the region is unknown). */
  public record RegionCount(String regionCode, String regionName, int operationalCcgs) {}

  /** Of the CCGs with a holder of a role, how many have a GP holding it; share null if none. */
  public record ShareFigure(int holders, int gps, BigDecimal share) {}

  @Inject CcgRepository ccgs;
  @Inject OversightRepository oversight;
  @Inject RegionRepository regions;
  @Inject SeatRepository seats;
  @Inject CcgQueryService queries;
  @Inject StageRepository stages;
  @Inject IcbRepository icbs;
  @Inject SubIcbLocationRepository locations;

  public Figures on(LocalDate asOf) {
    List<Ccg> operational = ccgs.operationalCcgsOn(asOf);
    Set<String> operationalCodes =
        operational.stream().map(c -> c.code).collect(Collectors.toSet());
    Map<String, AreaTeam> teams = queries.areaTeamsByCode();
    Map<String, String> regionOfCcg =
        oversight.allOn(asOf).stream()
            .filter(o -> operationalCodes.contains(o.ccgCode) && teams.containsKey(o.areaTeamCode))
            .filter(o -> teams.get(o.areaTeamCode).regionCode != null)
            .collect(
                Collectors.toMap(
                    (CcgOversight o) -> o.ccgCode,
                    o -> teams.get(o.areaTeamCode).regionCode,
                    (a, b) -> a));
    Map<String, Long> perRegion =
        regionOfCcg.values().stream()
            .collect(
                Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    Map<String, Region> regionsByCode =
        regions.listAll().stream().collect(Collectors.toMap(r -> r.code, r -> r));
    List<RegionCount> byRegion =
        perRegion.entrySet().stream()
            .map(
                e ->
                    new RegionCount(
                        e.getKey(),
                        regionsByCode.containsKey(e.getKey())
                            ? regionsByCode.get(e.getKey()).name
                            : null,
                        e.getValue().intValue()))
            .sorted(Comparator.comparing(RegionCount::regionCode))
            .toList();

    List<Icb> established = icbs.establishedOn(asOf);
    Map<String, List<GoverningBodySeat>> seatsByCcg =
        seats.allOn(asOf).stream()
            .filter(s -> operationalCodes.contains(s.ccgCode))
            .collect(Collectors.groupingBy(s -> s.ccgCode));
    return new Figures(
        asOf,
        operational.size(),
        byRegion,
        operational.size() - regionOfCcg.size(),
        gpShare(seatsByCcg, GoverningBodyRole.ACCOUNTABLE_OFFICER),
        gpShare(seatsByCcg, GoverningBodyRole.CHAIR),
        stageCounts(stages.allOn(asOf)),
        (int) regions.validOn(asOf, PageRequest.of(1, 0)).total(),
        established.size(),
        (int) established.stream().map(i -> i.regionCode).distinct().count(),
        locations.allOn(asOf).size());
  }

  /** The distinct CCGs per stage among the periods holding on a date. */
  static StageCounts stageCounts(List<CcgStagePeriod> onDate) {
    Map<CcgStage, Set<String>> ccgsByStage = new EnumMap<>(CcgStage.class);
    Set<String> withConditions = new TreeSet<>();
    for (CcgStagePeriod period : onDate) {
      ccgsByStage.computeIfAbsent(period.stage, s -> new TreeSet<>()).add(period.ccgCode);
      if (period.stage == CcgStage.AUTHORISED && period.conditions != null) {
        withConditions.add(period.ccgCode);
      }
    }
    return new StageCounts(
        ccgsByStage.getOrDefault(CcgStage.PATHFINDER, Set.of()).size(),
        ccgsByStage.getOrDefault(CcgStage.SHADOW, Set.of()).size(),
        ccgsByStage.getOrDefault(CcgStage.AUTHORISED, Set.of()).size(),
        withConditions.size());
  }

  /** Of the CCGs where someone holds the role, in how many is a holder also a GP. */
  private static ShareFigure gpShare(
      Map<String, List<GoverningBodySeat>> seatsByCcg, GoverningBodyRole role) {
    int holders = 0;
    int gps = 0;
    for (List<GoverningBodySeat> ccgSeats : seatsByCcg.values()) {
      var members = GoverningBodyComposition.members(ccgSeats);
      boolean held = members.values().stream().anyMatch(roles -> roles.contains(role));
      if (held) {
        holders++;
        if (members.values().stream()
            .anyMatch(roles -> roles.contains(role) && roles.contains(GoverningBodyRole.GP))) {
          gps++;
        }
      }
    }
    BigDecimal share =
        holders == 0
            ? null
            : BigDecimal.valueOf(gps).divide(BigDecimal.valueOf(holders), 4, RoundingMode.HALF_UP);
    return new ShareFigure(holders, gps, share);
  }
}
