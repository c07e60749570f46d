package org.landscape.ccg.mapping;

import java.time.LocalDate;
import org.landscape.ccg.api.CcgStatus;
import org.landscape.ccg.api.IcbDetail;
import org.landscape.ccg.api.IcbSummary;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.service.IcbQueryService;

/** Turns ICB query results into ccg-api's views. */
public final class IcbMapper {

  private IcbMapper() {}

  public static IcbSummary toView(IcbQueryService.Summary summary, LocalDate asOf) {
    Icb icb = summary.icb();
    return new IcbSummary(
        icb.code,
        icb.onsCode,
        icb.name,
        icb.regionCode,
        CcgStatus.valueOf(icb.statusOn(asOf).name()),
        icb.openDate,
        icb.closeDate,
        summary.locationCount());
  }

  public static IcbDetail toView(IcbQueryService.Detail detail) {
    Icb icb = detail.icb();
    Region region = detail.region();
    return new IcbDetail(
        icb.code,
        icb.onsCode,
        icb.name,
        detail.asOf(),
        CcgStatus.valueOf(icb.statusOn(detail.asOf()).name()),
        icb.openDate,
        icb.closeDate,
        region == null ? null : new IcbDetail.Region(region.code, region.odsCode, region.name),
        detail.locations().stream()
            .map(l -> new IcbDetail.SubIcbLocation(l.ccgCode, l.name, l.validFrom, l.validTo))
            .toList(),
        icb.source);
  }
}
