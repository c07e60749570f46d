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
import org.landscape.ccg.repository.AreaRepository;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.rest.LookupViews;

/** Answers peers in one call: which codes are operational on a date, and where. */
@ApplicationScoped
public class CcgLookupService {

  @Inject CcgRepository ccgs;
  @Inject AreaRepository areas;

  public LookupViews.Response lookup(LocalDate date, List<String> codes) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(codes));
    Map<String, Ccg> found =
        ccgs.byCodes(distinct).stream().collect(Collectors.toMap(c -> c.code, Function.identity()));
    Map<String, List<CcgArea>> areaOf =
        areas.onForAll(found.keySet(), date).stream()
            .collect(Collectors.groupingBy(a -> a.ccgCode));
    List<LookupViews.Result> results =
        distinct.stream()
            .map(
                code -> {
                  Ccg ccg = found.get(code);
                  if (ccg == null) {
                    return new LookupViews.Result(
                        code, false, null, null, false, null, null, List.of());
                  }
                  List<LookupViews.Authority> authorities =
                      areaOf.getOrDefault(code, List.of()).stream()
                          .map(
                              a ->
                                  new LookupViews.Authority(
                                      a.localAuthorityCode, a.shareOfCcg, a.shareOfAuthority))
                          .toList();
                  return new LookupViews.Result(
                      code,
                      true,
                      ccg.name,
                      ccg.statusOn(date),
                      ccg.isOperationalOn(date),
                      ccg.openDate,
                      ccg.closeDate,
                      authorities);
                })
            .toList();
    return new LookupViews.Response(date, results);
  }
}
