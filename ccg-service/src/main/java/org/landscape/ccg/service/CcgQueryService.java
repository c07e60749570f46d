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
import org.landscape.ccg.domain.CcgOversight;
import org.landscape.ccg.domain.CcgSuccession;
import org.landscape.ccg.mapping.CcgMapper;
import org.landscape.ccg.repository.AreaRepository;
import org.landscape.ccg.repository.AreaTeamRepository;
import org.landscape.ccg.repository.CcgFilter;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.repository.ConstitutionRepository;
import org.landscape.ccg.repository.OversightRepository;
import org.landscape.ccg.repository.PathfinderRepository;
import org.landscape.ccg.repository.RegionRepository;
import org.landscape.ccg.repository.SuccessionRepository;
import org.landscape.ccg.rest.CcgViews;
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

  @Inject CcgRepository ccgs;
  @Inject OversightRepository oversight;
  @Inject AreaTeamRepository areaTeams;
  @Inject RegionRepository regions;
  @Inject AreaRepository areas;
  @Inject SuccessionRepository successions;
  @Inject PathfinderRepository pathfinders;
  @Inject ConstitutionRepository constitutions;

  public Page<CcgViews.CcgSummary> search(CcgFilter filter, LocalDate asOf, PageRequest page) {
    Page<Ccg> found = ccgs.search(filter, asOf, page);
    Set<String> codes = found.items().stream().map(c -> c.code).collect(Collectors.toSet());
    Map<String, String> teamOfCcg =
        oversight.allOn(asOf).stream()
            .filter(o -> codes.contains(o.ccgCode))
            .collect(Collectors.toMap(o -> o.ccgCode, o -> o.areaTeamCode, (a, b) -> a));
    Map<String, AreaTeam> teams = areaTeamsByCode();
    return found.map(
        ccg -> {
          String team = teamOfCcg.get(ccg.code);
          String region =
              team == null || !teams.containsKey(team) ? null : teams.get(team).regionCode;
          return new CcgViews.CcgSummary(
              ccg.code,
              ccg.onsCode,
              ccg.name,
              ccg.statusOn(asOf),
              ccg.openDate,
              ccg.closeDate,
              team,
              region);
        });
  }

  public Ccg require(String code) {
    return ccgs.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("CCG", code));
  }

  public CcgViews.CcgDetail detail(String code, LocalDate asOf) {
    Ccg ccg = require(code);
    Optional<AreaTeam> team = oversight.on(code, asOf).map(o -> areaTeams.findById(o.areaTeamCode));
    CcgViews.CodeAndName region =
        team.map(t -> t.regionCode)
            .flatMap(regions::findByIdOptional)
            .map(r -> new CcgViews.CodeAndName(r.code, r.name))
            .orElse(null);
    return new CcgViews.CcgDetail(
        ccg.code,
        ccg.onsCode,
        ccg.name,
        asOf,
        ccg.statusOn(asOf),
        ccg.openDate,
        ccg.closeDate,
        team.map(t -> new CcgViews.CodeAndName(t.code, t.name)).orElse(null),
        region,
        areas.on(code, asOf).stream().map(CcgMapper::toView).toList(),
        successions.predecessorsOf(code).stream().map(CcgMapper::toView).toList(),
        successions.successorsOf(code).stream().map(CcgMapper::toView).toList(),
        pathfinders.history(code).stream().map(CcgMapper::toView).toList(),
        constitutions.inForce(code, asOf).map(CcgMapper::toView).orElse(null));
  }

  /**
   * The succession links from a CCG, directly or transitively ({@code 00F -> 13T -> ...}), in the
   * order they are reached.
   */
  public List<CcgViews.SuccessionLink> links(String code, Direction direction, boolean transitive) {
    require(code);
    Function<String, List<CcgSuccession>> next =
        direction == Direction.SUCCESSORS ? successions::successorsOf : successions::predecessorsOf;
    List<CcgViews.SuccessionLink> found = new ArrayList<>();
    Set<String> visited = new HashSet<>(Set.of(code));
    Deque<String> frontier = new ArrayDeque<>(List.of(code));
    while (!frontier.isEmpty()) {
      for (CcgSuccession link : next.apply(frontier.poll())) {
        found.add(CcgMapper.toView(link));
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
