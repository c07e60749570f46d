package org.landscape.ccg.mapping;

import java.time.LocalDate;
import java.util.List;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.ccg.domain.AreaTeam;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgArea;
import org.landscape.ccg.domain.CcgConstitution;
import org.landscape.ccg.domain.CcgPathfinder;
import org.landscape.ccg.domain.CcgSuccession;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.rest.CcgViews;
import org.landscape.ccg.service.CcgLookupService;
import org.landscape.ccg.service.CcgQueryService;

public final class CcgMapper {

  private CcgMapper() {}

  public static CcgViews.CcgRecord toRecord(Ccg ccg) {
    return new CcgViews.CcgRecord(ccg.code, ccg.onsCode, ccg.name, ccg.openDate, ccg.closeDate);
  }

  public static CcgSummary toView(CcgQueryService.Summary summary) {
    Ccg ccg = summary.ccg();
    return new CcgSummary(
        ccg.code,
        ccg.onsCode,
        ccg.name,
        toApi(summary.status()),
        ccg.openDate,
        ccg.closeDate,
        summary.areaTeamCode(),
        summary.regionCode());
  }

  public static CcgViews.CcgDetail toView(CcgQueryService.Detail detail) {
    Ccg ccg = detail.ccg();
    AreaTeam team = detail.areaTeam();
    Region region = detail.region();
    return new CcgViews.CcgDetail(
        ccg.code,
        ccg.onsCode,
        ccg.name,
        detail.asOf(),
        toApi(detail.status()),
        ccg.openDate,
        ccg.closeDate,
        team == null ? null : new CcgViews.CodeAndName(team.code, team.name),
        region == null ? null : new CcgViews.CodeAndName(region.code, region.name),
        detail.area().stream().map(CcgMapper::toView).toList(),
        detail.predecessors().stream().map(CcgMapper::toView).toList(),
        detail.successors().stream().map(CcgMapper::toView).toList(),
        detail.pathfinderPeriods().stream().map(CcgMapper::toView).toList(),
        detail.constitution() == null ? null : toView(detail.constitution()));
  }

  public static CcgViews.AreaEntry toView(CcgArea area) {
    return new CcgViews.AreaEntry(
        area.localAuthorityCode,
        area.shareOfCcg,
        area.shareOfAuthority,
        area.source,
        area.validFrom,
        area.validTo);
  }

  public static CcgViews.SuccessionLink toView(CcgSuccession link) {
    return new CcgViews.SuccessionLink(
        link.predecessorCode, link.successorCode, link.effectiveDate);
  }

  public static List<CcgViews.SuccessionLink> toLinks(List<CcgSuccession> links) {
    return links.stream().map(CcgMapper::toView).toList();
  }

  public static CcgViews.ConstitutionView toView(CcgConstitution constitution) {
    return new CcgViews.ConstitutionView(
        constitution.version, constitution.adoptedOn, constitution.documentUrl);
  }

  public static CcgViews.PathfinderView toView(CcgPathfinder period) {
    return new CcgViews.PathfinderView(period.validFrom, period.validTo, period.note);
  }

  public static CcgViews.RegionView toView(Region region) {
    return new CcgViews.RegionView(region.code, region.name, region.validFrom, region.validTo);
  }

  public static CcgViews.AreaTeamView toView(AreaTeam team) {
    return new CcgViews.AreaTeamView(
        team.code, team.name, team.regionCode, team.validFrom, team.validTo);
  }

  public static CcgLookup.Response toView(CcgLookupService.Lookup lookup) {
    return new CcgLookup.Response(
        lookup.date(), lookup.results().stream().map(r -> toView(r, lookup.date())).toList());
  }

  private static CcgLookup.Result toView(CcgLookupService.Result result, LocalDate date) {
    if (!result.known()) {
      return CcgLookup.Result.unknown(result.code());
    }
    Ccg ccg = result.ccg();
    return new CcgLookup.Result(
        result.code(),
        true,
        ccg.name,
        toApi(ccg.statusOn(date)),
        ccg.isOperationalOn(date),
        ccg.openDate,
        ccg.closeDate,
        result.area().stream()
            .map(
                a ->
                    new CcgLookup.Authority(a.localAuthorityCode, a.shareOfCcg, a.shareOfAuthority))
            .toList());
  }

  private static org.landscape.ccg.api.CcgStatus toApi(org.landscape.ccg.domain.CcgStatus status) {
    return status == null ? null : org.landscape.ccg.api.CcgStatus.valueOf(status.name());
  }
}
