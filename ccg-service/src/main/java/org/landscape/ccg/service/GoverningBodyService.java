package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.GoverningBodyRole;
import org.landscape.ccg.domain.GoverningBodySeat;
import org.landscape.ccg.repository.SeatRepository;
import org.landscape.ccg.rest.GoverningBodyViews.ComplianceReport;
import org.landscape.ccg.rest.GoverningBodyViews.Finding;
import org.landscape.ccg.rest.GoverningBodyViews.SeatRequest;
import org.landscape.ccg.rest.GoverningBodyViews.SeatView;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.http.ETags;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.Validity;

/** The seats of CCG governing bodies, and their compliance with the rules on a date. */
@ApplicationScoped
public class GoverningBodyService {

  public static final String RESOURCE_TYPE = "governing-body-seat";

  @Inject CcgQueryService ccgs;
  @Inject SeatRepository seats;
  @Inject ChangeFeed changeFeed;

  public List<SeatView> seatsOn(String ccgCode, LocalDate asOf) {
    ccgs.require(ccgCode);
    return seats.on(ccgCode, asOf).stream().map(GoverningBodyService::toView).toList();
  }

  public GoverningBodySeat seat(String ccgCode, long id) {
    GoverningBodySeat seat = seats.findById(id);
    if (seat == null || !seat.ccgCode.equals(ccgCode)) {
      throw ProblemException.notFound("Governing body seat", ccgCode + "/" + id);
    }
    return seat;
  }

  @Transactional
  public GoverningBodySeat add(String ccgCode, SeatRequest request) {
    Ccg ccg = ccgs.require(ccgCode);
    checkDates(ccg, request);
    GoverningBodySeat seat = new GoverningBodySeat();
    seat.ccgCode = ccgCode;
    apply(seat, request);
    seats.persist(seat);
    seats.flush();
    changeFeed.record(RESOURCE_TYPE, ccgCode + "/" + seat.id, ChangeType.CREATED, toView(seat));
    return seat;
  }

  @Transactional
  public GoverningBodySeat replace(String ccgCode, long id, String ifMatch, SeatRequest request) {
    Ccg ccg = ccgs.require(ccgCode);
    GoverningBodySeat seat = seat(ccgCode, id);
    ETags.requireMatch(ifMatch, seat.version);
    checkDates(ccg, request);
    apply(seat, request);
    seats.flush();
    changeFeed.record(RESOURCE_TYPE, ccgCode + "/" + id, ChangeType.UPDATED, toView(seat));
    return seat;
  }

  public ComplianceReport compliance(String ccgCode, LocalDate asOf) {
    ccgs.require(ccgCode);
    List<GoverningBodySeat> onDate = seats.on(ccgCode, asOf);
    List<Finding> findings = GoverningBodyRules.evaluate(onDate);
    return new ComplianceReport(
        ccgCode,
        asOf,
        GoverningBodyRules.members(onDate).size(),
        findings.stream().allMatch(Finding::passed),
        findings);
  }

  public static SeatView toView(GoverningBodySeat seat) {
    return new SeatView(
        seat.id,
        seat.personName,
        EnumSet.copyOf(seat.roleSet()),
        seat.validFrom,
        seat.validTo,
        seat.version);
  }

  private static void apply(GoverningBodySeat seat, SeatRequest request) {
    seat.personName = request.personName().strip();
    seat.roles =
        request.roles().stream().map(GoverningBodyRole::name).sorted().toArray(String[]::new);
    seat.validFrom = request.validFrom();
    seat.validTo = request.validTo();
  }

  private static void checkDates(Ccg ccg, SeatRequest request) {
    if (!Validity.isOrdered(request.validFrom(), request.validTo())) {
      throw ProblemException.invalid("validTo", "must be after validFrom");
    }
    if (ccg.closeDate != null && !request.validFrom().isBefore(ccg.closeDate)) {
      throw ProblemException.invalid(
          "validFrom", "must be before the CCG closed on " + ccg.closeDate);
    }
  }
}
