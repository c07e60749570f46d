package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.Finding;
import org.landscape.ccg.domain.GoverningBodyComposition;
import org.landscape.ccg.domain.GoverningBodyRole;
import org.landscape.ccg.domain.GoverningBodySeat;
import org.landscape.ccg.repository.SeatRepository;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.http.ETags;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.Validity;

/** The seats of CCG governing bodies, and their compliance with the rules on a date. */
@ApplicationScoped
public class GoverningBodyService {

  public static final String RESOURCE_TYPE = "governing-body-seat";

  /** A seat to add, or the new state of a seat (a full replacement). */
  public record SeatChange(
      String personName, Set<GoverningBodyRole> roles, LocalDate validFrom, LocalDate validTo) {}

  /** A governing body's compliance on a date: its distinct members and each rule's finding. */
  public record Compliance(
      String ccgCode, LocalDate asOf, int members, boolean compliant, List<Finding> findings) {}

  @Inject CcgQueryService ccgs;
  @Inject SeatRepository seats;
  @Inject ChangeFeed changeFeed;

  public List<GoverningBodySeat> seatsOn(String ccgCode, LocalDate asOf) {
    ccgs.require(ccgCode);
    return seats.on(ccgCode, asOf);
  }

  public GoverningBodySeat seat(String ccgCode, long id) {
    GoverningBodySeat seat = seats.findById(id);
    if (seat == null || !seat.ccgCode.equals(ccgCode)) {
      throw ProblemException.notFound("Governing body seat", ccgCode + "/" + id);
    }
    return seat;
  }

  @Transactional
  public GoverningBodySeat add(String ccgCode, SeatChange request) {
    Ccg ccg = ccgs.require(ccgCode);
    checkDates(ccg, request);
    GoverningBodySeat seat = new GoverningBodySeat();
    seat.ccgCode = ccgCode;
    apply(seat, request);
    seats.persist(seat);
    seats.flush();
    changeFeed.record(
        RESOURCE_TYPE, ccgCode + "/" + seat.id, ChangeType.CREATED, CcgChanges.SeatRecord.of(seat));
    return seat;
  }

  @Transactional
  public GoverningBodySeat replace(String ccgCode, long id, String ifMatch, SeatChange request) {
    Ccg ccg = ccgs.require(ccgCode);
    GoverningBodySeat seat = seat(ccgCode, id);
    ETags.requireMatch(ifMatch, seat.version);
    checkDates(ccg, request);
    apply(seat, request);
    seats.flush();
    changeFeed.record(
        RESOURCE_TYPE, ccgCode + "/" + id, ChangeType.UPDATED, CcgChanges.SeatRecord.of(seat));
    return seat;
  }

  public Compliance compliance(String ccgCode, LocalDate asOf) {
    ccgs.require(ccgCode);
    List<GoverningBodySeat> onDate = seats.on(ccgCode, asOf);
    List<Finding> findings = GoverningBodyComposition.evaluate(onDate);
    return new Compliance(
        ccgCode,
        asOf,
        GoverningBodyComposition.members(onDate).size(),
        GoverningBodyComposition.compliant(findings),
        findings);
  }

  private static void apply(GoverningBodySeat seat, SeatChange request) {
    seat.personName = request.personName().strip();
    seat.roles =
        request.roles().stream().map(GoverningBodyRole::name).sorted().toArray(String[]::new);
    seat.validFrom = request.validFrom();
    seat.validTo = request.validTo();
  }

  private static void checkDates(Ccg ccg, SeatChange request) {
    if (!Validity.isOrdered(request.validFrom(), request.validTo())) {
      throw ProblemException.invalid("validTo", "must be after validFrom");
    }
    if (ccg.closeDate != null && !request.validFrom().isBefore(ccg.closeDate)) {
      throw ProblemException.invalid(
          "validFrom", "must be before the CCG closed on " + ccg.closeDate);
    }
  }
}
