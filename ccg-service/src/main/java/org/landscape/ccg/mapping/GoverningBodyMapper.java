package org.landscape.ccg.mapping;

import java.util.EnumSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.landscape.ccg.api.GoverningBodySeatView;
import org.landscape.ccg.domain.Finding;
import org.landscape.ccg.domain.GoverningBodySeat;
import org.landscape.ccg.rest.GoverningBodyViews;
import org.landscape.ccg.service.FiguresService;
import org.landscape.ccg.service.GoverningBodyService;

public final class GoverningBodyMapper {

  private GoverningBodyMapper() {}

  public static GoverningBodyViews.SeatView toView(GoverningBodySeat seat) {
    return new GoverningBodyViews.SeatView(
        seat.id,
        seat.personName,
        EnumSet.copyOf(seat.roleSet()),
        seat.validFrom,
        seat.validTo,
        seat.version,
        seat.employerCode);
  }

  public static GoverningBodySeatView toEntry(GoverningBodySeat seat) {
    return new GoverningBodySeatView(
        seat.id,
        seat.ccgCode,
        seat.personName,
        seat.roleSet().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
        seat.validFrom,
        seat.validTo,
        seat.employerCode);
  }

  public static GoverningBodyViews.ComplianceReport toView(
      GoverningBodyService.Compliance compliance) {
    return new GoverningBodyViews.ComplianceReport(
        compliance.ccgCode(),
        compliance.asOf(),
        compliance.members(),
        compliance.compliant(),
        compliance.findings().stream().map(GoverningBodyMapper::toView).toList(),
        compliance.crossServiceChecks().stream()
            .map(
                check ->
                    new GoverningBodyViews.CrossServiceCheck(
                        check.rule(),
                        check.requirement(),
                        check.source(),
                        check.checkedBy(),
                        check.path(),
                        check.href(),
                        check.checkedSeats(),
                        check.uncheckedSeats()))
            .toList());
  }

  public static GoverningBodyViews.Finding toView(Finding finding) {
    return new GoverningBodyViews.Finding(
        finding.rule(),
        finding.requirement(),
        finding.source(),
        finding.passed(),
        finding.reason());
  }

  public static GoverningBodyViews.Figures toView(FiguresService.Figures figures) {
    return new GoverningBodyViews.Figures(
        figures.asOf(),
        figures.operationalCcgs(),
        figures.byRegion().stream()
            .map(
                r ->
                    new GoverningBodyViews.RegionCount(
                        r.regionCode(), r.regionName(), r.operationalCcgs()))
            .toList(),
        figures.withoutRegion(),
        toView(figures.accountableOfficers()),
        toView(figures.chairs()),
        new GoverningBodyViews.StageCounts(
            figures.stages().pathfinder(),
            figures.stages().shadow(),
            figures.stages().authorised(),
            figures.stages().authorisedWithConditions()),
        figures.regions(),
        figures.icbs(),
        figures.icbRegions(),
        figures.subIcbLocations());
  }

  private static GoverningBodyViews.ShareFigure toView(FiguresService.ShareFigure share) {
    return new GoverningBodyViews.ShareFigure(share.holders(), share.gps(), share.share());
  }
}
