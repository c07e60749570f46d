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

/** Answers peers in one call: which codes are operational on a date, and where. */
@ApplicationScoped
public class CcgLookupService {

  /** The answer for each distinct asked-for code, in the order asked. */
  public record Lookup(LocalDate date, List<Result> results) {}

  /**
   * One asked-for code: the CCG (null when the register does not know the code) and the entries of
   * its area on the date.
   */
  public record Result(String code, Ccg ccg, List<CcgArea> area) {

    public boolean known() {
      return ccg != null;
    }
  }

  @Inject CcgRepository ccgs;
  @Inject AreaRepository areas;

  public Lookup lookup(LocalDate date, List<String> codes) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(codes));
    Map<String, Ccg> found =
        ccgs.byCodes(distinct).stream().collect(Collectors.toMap(c -> c.code, Function.identity()));
    Map<String, List<CcgArea>> areaOf =
        areas.onForAll(found.keySet(), date).stream()
            .collect(Collectors.groupingBy(a -> a.ccgCode));
    List<Result> results =
        distinct.stream()
            .map(
                code -> {
                  Ccg ccg = found.get(code);
                  return ccg == null
                      ? new Result(code, null, List.of())
                      : new Result(code, ccg, areaOf.getOrDefault(code, List.of()));
                })
            .toList();
    return new Lookup(date, results);
  }
}
