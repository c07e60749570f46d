package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgArea;
import org.landscape.ccg.domain.CcgStage;
import org.landscape.ccg.domain.CcgStagePeriod;
import org.landscape.ccg.domain.CcgStageRule;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.domain.SubIcbLocation;
import org.landscape.ccg.repository.AreaRepository;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.repository.IcbRepository;
import org.landscape.ccg.repository.StageRepository;
import org.landscape.ccg.repository.SubIcbLocationRepository;

/** Answers peers in one call: which codes are operational on a date, and where. */
@ApplicationScoped
public class CcgLookupService {

  /** The answer for each distinct asked-for code, in the order asked. */
  public record Lookup(LocalDate date, List<Result> results) {}

  /**
   * One asked-for code: the CCG (null when the register does not know the code), the entries of its
   * area on the date, its most advanced stage before becoming operational then (or null), and from
   * 2022-07-01 its period as a sub-ICB location and that location's ICB (or null).
   */
  public record Result(
      String code, Ccg ccg, List<CcgArea> area, CcgStage stage, SubIcbLocation location, Icb icb) {

    public boolean known() {
      return ccg != null;
    }
  }

  @Inject CcgRepository ccgs;
  @Inject AreaRepository areas;
  @Inject StageRepository stages;
  @Inject SubIcbLocationRepository locations;
  @Inject IcbRepository icbs;

  public Lookup lookup(LocalDate date, List<String> codes) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(codes));
    Map<String, Ccg> found =
        ccgs.byCodes(distinct).stream().collect(Collectors.toMap(c -> c.code, Function.identity()));
    Map<String, List<CcgArea>> areaOf =
        areas.onForAll(found.keySet(), date).stream()
            .collect(Collectors.groupingBy(a -> a.ccgCode));
    Map<String, List<CcgStagePeriod>> stagesOf =
        stages.on(found.keySet(), date).stream().collect(Collectors.groupingBy(p -> p.ccgCode));
    Map<String, SubIcbLocation> locationOf =
        locations.on(found.keySet(), date).stream()
            .collect(Collectors.toMap(l -> l.ccgCode, Function.identity(), (a, b) -> a));
    Map<String, Icb> icbOf =
        locationOf.isEmpty()
            ? Map.of()
            : icbs.listAll().stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
    List<Result> results =
        distinct.stream()
            .map(
                code -> {
                  Ccg ccg = found.get(code);
                  return ccg == null
                      ? new Result(code, null, List.of(), null, null, null)
                      : new Result(
                          code,
                          ccg,
                          areaOf.getOrDefault(code, List.of()),
                          CcgStageRule.current(stagesOf.getOrDefault(code, List.of()), date)
                              .orElse(null),
                          locationOf.get(code),
                          locationOf.containsKey(code)
                              ? icbOf.get(locationOf.get(code).icbCode)
                              : null);
                })
            .toList();
    return new Lookup(date, results);
  }
}
