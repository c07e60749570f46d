package org.landscape.ccg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.Finding;
import org.landscape.ccg.domain.GoverningBodyComposition;
import org.landscape.ccg.domain.GoverningBodyRole;
import org.landscape.ccg.domain.GoverningBodySeat;
import org.landscape.ccg.repository.SeatRepository;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.http.ETags;
import org.landscape.common.paging.Page;
import org.landscape.common.paging.PageRequest;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.Validity;

/** The seats of CCG governing bodies, and their compliance with the rules on a date. */
@ApplicationScoped
public class GoverningBodyService {

  public static final String RESOURCE_TYPE = "governing-body-seat";

  /** The consistency report's rule (in commissioning-service) for the independence rule. */
  public static final String INDEPENDENCE_RULE = "CLINICIAN_EMPLOYED_BY_CONTRACTED_PROVIDER";

  /** A seat to add, or the new state of a seat (a full replacement). */
  public record SeatChange(
      String personName,
      Set<GoverningBodyRole> roles,
      LocalDate validFrom,
      LocalDate validTo,
      String employerCode) {}

  /**
   * A governing body's compliance on a date: its distinct members, each rule's finding, and the
   * rules about it that another service checks.
   */
  public record Compliance(
      String ccgCode,
      LocalDate asOf,
      int members,
      boolean compliant,
      List<Finding> findings,
      List<CrossServiceCheck> crossServiceChecks) {}

  /**
   * A rule about a governing body that needs another service's records, where that service lists
   * its violations ({@code path}; {@code href} absolute when configured), and which of the seats on
   * the date it applies to name an employer (checked) or none (unchecked).
   */
  public record CrossServiceCheck(
      String rule,
      String requirement,
      String source,
      String checkedBy,
      String path,
      String href,
      List<Long> checkedSeats,
      List<Long> uncheckedSeats) {}

  @Inject CcgQueryService ccgs;
  @Inject SeatRepository seats;
  @Inject ChangeFeed changeFeed;

  @ConfigProperty(name = "landscape.links.commissioning-service")
  Optional<String> commissioningService;

  public List<GoverningBodySeat> seatsOn(String ccgCode, LocalDate asOf) {
    ccgs.require(ccgCode);
    return seats.on(ccgCode, asOf);
  }

  /** The seats of every CCG held on the date; only those naming an employer, when asked. */
  public Page<GoverningBodySeat> allOn(LocalDate asOf, boolean employerNamed, PageRequest page) {
    return seats.allOn(asOf, employerNamed, page);
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
        findings,
        List.of(independence(ccgCode, asOf, onDate)));
  }

  /**
   * The independence rule: it needs the contracts commissioning-service holds, so that service
   * checks it in its consistency report (calling it from here would make a call cycle, since the
   * report reads the seats from here).
   */
  private CrossServiceCheck independence(
      String ccgCode, LocalDate asOf, List<GoverningBodySeat> onDate) {
    List<GoverningBodySeat> clinical =
        onDate.stream().filter(GoverningBodySeat::holdsAnIndependentClinicalRole).toList();
    String path =
        "/consistency-report?asOf=" + asOf + "&rule=" + INDEPENDENCE_RULE + "&ccg=" + ccgCode;
    return new CrossServiceCheck(
        INDEPENDENCE_RULE,
        "The registered nurse and the secondary-care specialist doctor are not employed by a"
            + " provider the CCG commissions from (an active contract on the date)",
        GoverningBodyComposition.REG_11,
        "commissioning-service",
        path,
        commissioningService.map(base -> base.replaceAll("/+$", "") + path).orElse(null),
        clinical.stream().filter(seat -> seat.employerCode != null).map(seat -> seat.id).toList(),
        clinical.stream().filter(seat -> seat.employerCode == null).map(seat -> seat.id).toList());
  }

  private static void apply(GoverningBodySeat seat, SeatChange request) {
    seat.personName = request.personName().strip();
    seat.roles =
        request.roles().stream().map(GoverningBodyRole::name).sorted().toArray(String[]::new);
    seat.validFrom = request.validFrom();
    seat.validTo = request.validTo();
    seat.employerCode = request.employerCode();
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
