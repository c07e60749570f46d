package org.landscape.hwb.mapping;

import java.util.Arrays;
import java.util.List;
import org.landscape.hwb.domain.CoverageChange;
import org.landscape.hwb.rest.MemberViews.CoverageChangeView;
import org.landscape.hwb.service.CoverageChangeService;

public final class CoverageChangeMapper {

  private CoverageChangeMapper() {}

  /**
   * The notice as checked on its day: for each added CCG whether it is represented and whether it
   * is still relevant then.
   */
  public static CoverageChangeView toView(CoverageChangeService.CheckedChange checked) {
    CoverageChange change = checked.change();
    List<CoverageChangeView.AddedCcg> added =
        Arrays.stream(change.added)
            .map(
                code -> {
                  boolean seated = checked.seated().contains(code);
                  return new CoverageChangeView.AddedCcg(
                      code, seated, !seated && checked.relevant().contains(code));
                })
            .toList();
    return new CoverageChangeView(
        change.changeDate,
        added,
        List.of(change.removed),
        List.of(change.relevant),
        checked.checkedOn(),
        change.learnedSequence,
        change.learnedAt);
  }
}
