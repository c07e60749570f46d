package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.landscape.ccg.domain.AreaTeam;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgArea;
import org.landscape.ccg.domain.CcgConstitution;
import org.landscape.ccg.domain.CcgFilter;
import org.landscape.ccg.domain.CcgOversight;
import org.landscape.ccg.domain.CcgStage;
import org.landscape.ccg.domain.CcgStagePeriod;
import org.landscape.ccg.domain.CcgStageRule;
import org.landscape.ccg.domain.CcgStatus;
import org.landscape.ccg.domain.CcgSuccession;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.domain.SubIcbLocation;
import org.landscape.ccg.repository.AreaRepository;
import org.landscape.ccg.repository.AreaTeamRepository;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.repository.ConstitutionRepository;
import org.landscape.ccg.repository.IcbRepository;
import org.landscape.ccg.repository.OversightRepository;
import org.landscape.ccg.repository.RegionRepository;
import org.landscape.ccg.repository.StageRepository;
import org.landscape.ccg.repository.SubIcbLocationRepository;
import org.landscape.ccg.repository.SuccessionRepository;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;

/** Reads of the CCG register as of a date. */
@ApplicationScoped
public class CcgQueryService {

  /** Which way to follow succession links. */
  public enum Direction {
    SUCCESSORS,
    PREDECESSORS
  }

  /**
   * A CCG found by a search, with its status, oversight and most advanced stage before becoming
   * operational (null when none) on the search's date.
   */
  public record Summary(
      Ccg ccg,
      CcgStatus status,
      String areaTeamCode,
      String regionCode,
      CcgStage stage,
      SubIcbLocation location) {}

  /**
   * A CCG as of a date: its status, overseeing area team and region (null when none), area,
   * succession links, the constitution in force (null when none), and its stages before becoming
   * operational (every period, and those it was in on the date). From 2022-07-01 the code's period
   * as a sub-ICB location (null when it was none on the date), its ICB, and the ICB's region.
   */
  public record Detail(
      Ccg ccg,
      LocalDate asOf,
      CcgStatus status,
      AreaTeam areaTeam,
      Region region,
      List<CcgArea> area,
      List<CcgSuccession> predecessors,
      List<CcgSuccession> successors,
      CcgConstitution constitution,
      List<CcgStagePeriod> stages,
      List<CcgStage> stagesOnDate,
      SubIcbLocation location,
      Icb icb,
      List<SubIcbLocation> locationHistory) {

    /** The most advanced stage on the date, or null. */
    public CcgStage stage() {
      return stagesOnDate.isEmpty() ? null : stagesOnDate.getLast();
    }

    /** The periods of the PATHFINDER stage, as the pathfinder history lists them. */
    public List<CcgStagePeriod> pathfinderPeriods() {
      return stages.stream().filter(p -> p.stage == CcgStage.PATHFINDER).toList();
    }
  }

  @Inject CcgRepository ccgs;
  @Inject OversightRepository oversight;
  @Inject AreaTeamRepository areaTeams;
  @Inject RegionRepository regions;
  @Inject AreaRepository areas;
  @Inject SuccessionRepository successions;
  @Inject StageRepository stages;
  @Inject ConstitutionRepository constitutions;
  @Inject SubIcbLocationRepository locations;
  @Inject IcbRepository icbs;

  public Page<Summary> search(CcgFilter filter, LocalDate asOf, PageRequest page) {
    Page<Ccg> found = ccgs.search(filter, asOf, page);
    Set<String> codes = found.items().stream().map(c -> c.code).collect(Collectors.toSet());
    Map<String, String> teamOfCcg =
        oversight.allOn(asOf).stream()
            .filter(o -> codes.contains(o.ccgCode))
            .collect(Collectors.toMap(o -> o.ccgCode, o -> o.areaTeamCode, (a, b) -> a));
    Map<String, AreaTeam> teams = areaTeamsByCode();
    Map<String, List<CcgStagePeriod>> stagesOfCcg =
        stages.on(codes, asOf).stream().collect(Collectors.groupingBy(p -> p.ccgCode));
    Map<String, SubIcbLocation> locationOfCcg =
        locations.on(codes, asOf).stream()
            .collect(Collectors.toMap(l -> l.ccgCode, l -> l, (a, b) -> a));
    Map<String, Icb> icbByCode =
        locationOfCcg.isEmpty()
            ? Map.of()
            : icbs.listAll().stream().collect(Collectors.toMap(i -> i.code, i -> i));
    return found.map(
        ccg -> {
          String team = teamOfCcg.get(ccg.code);
          SubIcbLocation location = locationOfCcg.get(ccg.code);
          String region =
              location != null && icbByCode.containsKey(location.icbCode)
                  ? icbByCode.get(location.icbCode).regionCode
                  : team == null || !teams.containsKey(team) ? null : teams.get(team).regionCode;
          CcgStage stage =
              CcgStageRule.current(stagesOfCcg.getOrDefault(ccg.code, List.of()), asOf)
                  .orElse(null);
          return new Summary(ccg, ccg.statusOn(asOf), team, region, stage, location);
        });
  }

  public Ccg require(String code) {
    return ccgs.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("CCG", code));
  }

  public Detail detail(String code, LocalDate asOf) {
    Ccg ccg = require(code);
    Optional<AreaTeam> team = oversight.on(code, asOf).map(o -> areaTeams.findById(o.areaTeamCode));
    SubIcbLocation location = locations.on(code, asOf).orElse(null);
    Icb icb = location == null ? null : icbs.findById(location.icbCode);
    Region region =
        (icb != null ? Optional.of(icb.regionCode) : team.map(t -> t.regionCode))
            .flatMap(regions::findByIdOptional)
            .orElse(null);
    List<CcgStagePeriod> history = stages.history(code);
    return new Detail(
        ccg,
        asOf,
        ccg.statusOn(asOf),
        team.orElse(null),
        region,
        areas.on(code, asOf),
        successions.predecessorsOf(code),
        successions.successorsOf(code),
        constitutions.inForce(code, asOf).orElse(null),
        history,
        CcgStageRule.on(history, asOf),
        location,
        icb,
        locations.history(code));
  }

  /**
   * The succession links from a CCG, directly or transitively ({@code 00F -> 13T -> ...}), in the
   * order they are reached.
   */
  public List<CcgSuccession> links(String code, Direction direction, boolean transitive) {
    require(code);
    Function<String, List<CcgSuccession>> next =
        direction == Direction.SUCCESSORS ? successions::successorsOf : successions::predecessorsOf;
    List<CcgSuccession> found = new ArrayList<>();
    Set<String> visited = new HashSet<>(Set.of(code));
    Deque<String> frontier = new ArrayDeque<>(List.of(code));
    while (!frontier.isEmpty()) {
      for (CcgSuccession link : next.apply(frontier.poll())) {
        found.add(link);
        String reached =
            direction == Direction.SUCCESSORS ? link.successorCode : link.predecessorCode;
        if (transitive && visited.add(reached)) {
          frontier.add(reached);
        }
      }
    }
    return found;
  }

  public Optional<CcgOversight> oversightOn(String code, LocalDate asOf) {
    return oversight.on(code, asOf);
  }

  public Map<String, AreaTeam> areaTeamsByCode() {
    return areaTeams.listAll().stream().collect(Collectors.toMap(t -> t.code, t -> t));
  }
}
