package org.landscape.ccg.mapping;

import java.time.LocalDate;
import java.util.List;
import org.landscape.ccg.api.CcgDetail;
import org.landscape.ccg.api.CcgFeedPayloads;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.ccg.api.CcgWrites;
import org.landscape.ccg.api.CommissionerKind;
import org.landscape.ccg.domain.AreaTeam;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgArea;
import org.landscape.ccg.domain.CcgConstitution;
import org.landscape.ccg.domain.CcgStage;
import org.landscape.ccg.domain.CcgStagePeriod;
import org.landscape.ccg.domain.CcgSuccession;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.domain.SubIcbLocation;
import org.landscape.ccg.rest.CcgViews;
import org.landscape.ccg.service.AreaService;
import org.landscape.ccg.service.CcgChanges;
import org.landscape.ccg.service.CcgLookupService;
import org.landscape.ccg.service.CcgQueryService;
import org.landscape.ccg.service.CcgRegisterService;
import org.landscape.ccg.service.IcbChanges;

public final class CcgMapper {

  private CcgMapper() {}

  public static CcgRegisterService.NewCcg toCommand(CcgWrites.NewCcg request) {
    return new CcgRegisterService.NewCcg(
        request.code(), request.onsCode(), request.name(), request.openDate(), request.closeDate());
  }

  public static CcgRegisterService.CcgUpdate toCommand(CcgWrites.CcgUpdate request) {
    return new CcgRegisterService.CcgUpdate(
        request.onsCode(), request.name(), request.openDate(), request.closeDate());
  }

  public static CcgRegisterService.NewSuccessor toCommand(CcgWrites.SuccessorRequest request) {
    return new CcgRegisterService.NewSuccessor(request.successorCode(), request.effectiveDate());
  }

  public static CcgRegisterService.AreaChange toCommand(CcgWrites.AreaRequest request) {
    return new CcgRegisterService.AreaChange(
        request.validFrom(),
        request.validTo(),
        request.authorities().stream()
            .map(
                authority ->
                    new AreaService.Entry(
                        authority.localAuthorityCode(),
                        authority.shareOfCcg(),
                        authority.shareOfAuthority()))
            .toList());
  }

  /** What a create or an update answers: the CCG's own fields, as the change feed states them. */
  public static CcgFeedPayloads.CcgRecord toRecord(Ccg ccg) {
    return CcgChanges.record(ccg);
  }

  public static CcgSummary toView(CcgQueryService.Summary summary) {
    Ccg ccg = summary.ccg();
    SubIcbLocation location = summary.location();
    return new CcgSummary(
        ccg.code,
        ccg.onsCode,
        location == null ? ccg.name : location.name,
        toApi(summary.status()),
        ccg.openDate,
        ccg.closeDate,
        summary.areaTeamCode(),
        summary.regionCode(),
        toApi(summary.stage()),
        location == null ? CommissionerKind.CCG : CommissionerKind.SUB_ICB_LOCATION,
        location == null ? null : location.icbCode);
  }

  public static CcgDetail toView(CcgQueryService.Detail detail) {
    Ccg ccg = detail.ccg();
    AreaTeam team = detail.areaTeam();
    Region region = detail.region();
    SubIcbLocation location = detail.location();
    Icb icb = detail.icb();
    boolean becameLocation =
        detail.locationHistory().stream().anyMatch(l -> !l.validFrom.isAfter(detail.asOf()));
    return new CcgDetail(
        ccg.code,
        ccg.onsCode,
        location == null ? ccg.name : location.name,
        detail.asOf(),
        toApi(detail.status()),
        ccg.openDate,
        ccg.closeDate,
        team == null ? null : new CcgDetail.CodeAndName(team.code, team.name),
        region == null ? null : new CcgDetail.CodeAndName(region.code, region.name),
        detail.area().stream().map(CcgMapper::toView).toList(),
        detail.predecessors().stream().map(CcgMapper::toView).toList(),
        detail.successors().stream().map(CcgMapper::toView).toList(),
        detail.pathfinderPeriods().stream().map(CcgMapper::toPathfinderView).toList(),
        detail.constitution() == null ? null : toView(detail.constitution()),
        toApi(detail.stage()),
        detail.stagesOnDate().stream().map(CcgMapper::toApi).toList(),
        detail.stages().stream().map(CcgMapper::toView).toList(),
        becameLocation ? CommissionerKind.SUB_ICB_LOCATION : CommissionerKind.CCG,
        icb == null ? null : new CcgDetail.CodeAndName(icb.code, icb.name),
        detail.locationHistory().stream().map(IcbChanges::record).toList());
  }

  public static CcgDetail.AreaEntry toView(CcgArea area) {
    return new CcgDetail.AreaEntry(
        area.localAuthorityCode,
        area.shareOfCcg,
        area.shareOfAuthority,
        CcgChanges.toApi(area.source),
        area.validFrom,
        area.validTo);
  }

  public static CcgDetail.SuccessionLink toView(CcgSuccession link) {
    return new CcgDetail.SuccessionLink(
        link.predecessorCode, link.successorCode, link.effectiveDate);
  }

  public static List<CcgDetail.SuccessionLink> toLinks(List<CcgSuccession> links) {
    return links.stream().map(CcgMapper::toView).toList();
  }

  public static CcgDetail.ConstitutionView toView(CcgConstitution constitution) {
    return new CcgDetail.ConstitutionView(
        constitution.version, constitution.adoptedOn, constitution.documentUrl);
  }

  public static CcgDetail.PathfinderView toPathfinderView(CcgStagePeriod period) {
    return new CcgDetail.PathfinderView(period.validFrom, period.validTo, period.note);
  }

  public static CcgDetail.StageView toView(CcgStagePeriod period) {
    return new CcgDetail.StageView(
        period.id,
        toApi(period.stage),
        period.validFrom,
        period.validTo,
        period.conditions,
        period.note);
  }

  public static org.landscape.ccg.api.CcgStage toApi(CcgStage stage) {
    return stage == null ? null : org.landscape.ccg.api.CcgStage.valueOf(stage.name());
  }

  public static CcgViews.RegionView toView(Region region) {
    return new CcgViews.RegionView(
        region.code, region.odsCode, region.name, region.validFrom, region.validTo, region.source);
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
    SubIcbLocation location = result.location();
    Icb icb = result.icb();
    return new CcgLookup.Result(
        result.code(),
        true,
        location == null ? ccg.name : location.name,
        toApi(ccg.statusOn(date)),
        ccg.isOperationalOn(date),
        ccg.openDate,
        ccg.closeDate,
        result.area().stream()
            .map(
                a ->
                    new CcgLookup.Authority(a.localAuthorityCode, a.shareOfCcg, a.shareOfAuthority))
            .toList(),
        toApi(result.stage()),
        location == null ? CommissionerKind.CCG : CommissionerKind.SUB_ICB_LOCATION,
        icb == null ? null : new CcgLookup.CodeAndName(icb.code, icb.name));
  }

  private static org.landscape.ccg.api.CcgStatus toApi(org.landscape.ccg.domain.CcgStatus status) {
    return status == null ? null : org.landscape.ccg.api.CcgStatus.valueOf(status.name());
  }
}
