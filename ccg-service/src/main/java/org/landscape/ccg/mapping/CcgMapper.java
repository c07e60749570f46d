package org.landscape.ccg.mapping;

import org.landscape.ccg.domain.AreaTeam;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgArea;
import org.landscape.ccg.domain.CcgConstitution;
import org.landscape.ccg.domain.CcgPathfinder;
import org.landscape.ccg.domain.CcgSuccession;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.rest.CcgViews;

public final class CcgMapper {

  private CcgMapper() {}

  public static CcgViews.CcgRecord toRecord(Ccg ccg) {
    return new CcgViews.CcgRecord(ccg.code, ccg.onsCode, ccg.name, ccg.openDate, ccg.closeDate);
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
}
