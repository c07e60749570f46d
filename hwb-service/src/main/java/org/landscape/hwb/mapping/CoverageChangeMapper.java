package org.landscape.hwb.mapping;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.landscape.hwb.domain.CoverageChange;
import org.landscape.hwb.rest.CoverageChangeView;

public final class CoverageChangeMapper {

  private CoverageChangeMapper() {}

  /**
   * The notice as checked on {@code checkedOn}: for each added CCG whether it is represented and
   * whether it is still relevant then.
   */
  public static CoverageChangeView toView(
      CoverageChange change,
      LocalDate checkedOn,
      Predicate<String> represented,
      Predicate<String> relevant) {
    List<CoverageChangeView.AddedCcg> added =
        Arrays.stream(change.added)
            .map(
                code -> {
                  boolean seated = represented.test(code);
                  return new CoverageChangeView.AddedCcg(
                      code, seated, !seated && relevant.test(code));
                })
            .toList();
    return new CoverageChangeView(
        change.changeDate,
        added,
        List.of(change.removed),
        List.of(change.relevant),
        checkedOn,
        change.learnedSequence,
        change.learnedAt);
  }
}
