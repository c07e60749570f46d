package org.landscape.commissioning.saga;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.landscape.ccg.api.CcgDetail;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.ccg.api.CcgStatus;
import org.landscape.ccg.api.CcgWrites;
import org.landscape.commissioning.client.ReconfigurationClients;
import org.landscape.commissioning.domain.Reconfiguration;
import org.landscape.commissioning.domain.StepKind;
import org.landscape.hwb.api.CcgSeatHandoverResult;
import org.landscape.practice.api.CcgTransferResult;

/**
 * What each step of a reconfiguration does, and how it is undone. Every step is idempotent: run
 * again after a crash or a retry, it finds its work done and says so. A step answers its outcome,
 * or throws a {@link StepFailure}.
 */
@ApplicationScoped
public class ReconfigurationSteps {

  private static final String CCG = "ccg-service";
  private static final String PRACTICE = "practice-service";
  private static final String HWB = "hwb-service";
  private static final String UPPER_TIER = "E(06|08|09|10)\\d{6}";

  @Inject @RestClient ReconfigurationClients.Ccgs ccgs;
  @Inject @RestClient ReconfigurationClients.PracticeTransfers practices;
  @Inject @RestClient ReconfigurationClients.SeatHandovers seats;
  @Inject CcgRegister lookups;
  @Inject ContractNovations novations;

  public String run(StepKind kind, Reconfiguration reconfiguration) {
    return switch (kind) {
      case ESTABLISH_SUCCESSOR -> establishSuccessor(reconfiguration);
      case TRANSFER_PRACTICES -> transferPractices(reconfiguration);
      case NOVATE_CONTRACTS -> novations.novate(reconfiguration, successorName(reconfiguration));
      case HAND_OVER_BOARD_SEATS -> handOverSeats(reconfiguration);
      case CLOSE_PREDECESSORS -> closePredecessors(reconfiguration);
    };
  }

  /** Undoes a step that was done; throws {@link StepFailure#never} when it cannot be undone. */
  public String compensate(StepKind kind, Reconfiguration reconfiguration) {
    return switch (kind) {
      case ESTABLISH_SUCCESSOR -> {
        if (!reconfiguration.successorIsNew) {
          yield "nothing to undo: " + reconfiguration.successorCode + " existed before";
        }
        throw StepFailure.never(
            reconfiguration.successorCode
                + " stays in the register (ODS codes are never reused); it holds none of the"
                + " predecessors' practices, contracts or seats");
      }
      case TRANSFER_PRACTICES -> {
        CcgTransferResult answer =
            PeerAnswers.require(
                    PRACTICE,
                    "move the practices back",
                    () -> practices.reverse(reconfiguration.handover()))
                .readEntity(CcgTransferResult.class);
        yield "moved " + answer.reverted().size() + " practices back to their predecessors";
      }
      case NOVATE_CONTRACTS -> novations.revert(reconfiguration);
      case HAND_OVER_BOARD_SEATS -> {
        CcgSeatHandoverResult answer =
            PeerAnswers.require(
                    HWB, "give the seats back", () -> seats.reverse(reconfiguration.handover()))
                .readEntity(CcgSeatHandoverResult.class);
        yield "gave " + answer.reverted().size() + " board seats back to the predecessors";
      }
      case CLOSE_PREDECESSORS ->
          throw StepFailure.never("closures are not undone; reopen the predecessors by hand");
    };
  }

  private String establishSuccessor(Reconfiguration reconfiguration) {
    String code = reconfiguration.successorCode;
    LocalDate date = reconfiguration.effectiveDate;
    Response found =
        PeerAnswers.call(CCG, "read the successor " + code, () -> ccgs.get(code, date));
    String done;
    if (found.getStatus() == 404) {
      if (!reconfiguration.successorIsNew) {
        throw StepFailure.never("The surviving CCG " + code + " does not exist");
      }
      PeerAnswers.require(
          CCG,
          "create the successor " + code,
          () ->
              ccgs.create(
                  new CcgWrites.NewCcg(code, null, reconfiguration.successorName, date, null)));
      done = "created " + code + ", operational from " + date;
    } else if (found.getStatus() >= 300) {
      throw StepFailure.never(CCG + " refused to read " + code + ": " + PeerAnswers.detail(found));
    } else {
      CcgDetail successor = found.readEntity(CcgDetail.class);
      if (successor.status() != CcgStatus.OPERATIONAL) {
        throw StepFailure.never(
            code
                + " is not operational on "
                + date
                + " (open "
                + successor.openDate()
                + " to "
                + successor.closeDate()
                + ")");
      }
      done = code + " is operational on " + date;
    }
    return done + giveAreaOfPredecessors(reconfiguration);
  }

  /** A successor without an area on the date takes its predecessors' councils. */
  private String giveAreaOfPredecessors(Reconfiguration reconfiguration) {
    LocalDate date = reconfiguration.effectiveDate;
    CcgLookup.Result successor =
        lookup(date, List.of(reconfiguration.successorCode)).get(reconfiguration.successorCode);
    if (successor != null
        && successor.localAuthorities() != null
        && !successor.localAuthorities().isEmpty()) {
      return "";
    }
    TreeSet<String> councils = new TreeSet<>();
    Map<String, CcgLookup.Result> predecessors =
        lookup(date.minusDays(1), reconfiguration.predecessorCodes);
    for (String code : reconfiguration.predecessorCodes) {
      CcgLookup.Result predecessor = predecessors.get(code);
      if (predecessor != null && predecessor.localAuthorities() != null) {
        predecessor.localAuthorities().stream()
            .map(CcgLookup.Authority::code)
            .filter(authority -> authority.matches(UPPER_TIER))
            .forEach(councils::add);
      }
    }
    if (councils.isEmpty()) {
      return "";
    }
    List<CcgWrites.AreaAuthority> authorities =
        councils.stream().map(council -> new CcgWrites.AreaAuthority(council, null, null)).toList();
    PeerAnswers.require(
        CCG,
        "give " + reconfiguration.successorCode + " its predecessors' area",
        () ->
            ccgs.setArea(
                reconfiguration.successorCode, new CcgWrites.AreaRequest(date, null, authorities)));
    return "; its area from " + date + ": " + String.join(", ", councils);
  }

  private String transferPractices(Reconfiguration reconfiguration) {
    CcgTransferResult answer =
        PeerAnswers.require(
                PRACTICE,
                "move the member practices",
                () -> practices.transfer(reconfiguration.handover()))
            .readEntity(CcgTransferResult.class);
    return "moved "
        + answer.transferred().size()
        + " practices to "
        + reconfiguration.successorCode
        + (answer.alreadyTransferred().isEmpty()
            ? ""
            : " (" + answer.alreadyTransferred().size() + " moved before)");
  }

  private String handOverSeats(Reconfiguration reconfiguration) {
    CcgSeatHandoverResult answer =
        PeerAnswers.require(
                HWB, "hand over the board seats", () -> seats.handOver(reconfiguration.handover()))
            .readEntity(CcgSeatHandoverResult.class);
    return "handed "
        + answer.handedOver().size()
        + " board seats to "
        + reconfiguration.successorCode
        + (answer.handedOverBefore().isEmpty()
            ? ""
            : " (" + answer.handedOverBefore().size() + " handed over before)");
  }

  private String closePredecessors(Reconfiguration reconfiguration) {
    LocalDate date = reconfiguration.effectiveDate;
    int closed = 0;
    for (String code : reconfiguration.predecessorCodes) {
      Response found =
          PeerAnswers.require(
              CCG, "read the predecessor " + code, () -> ccgs.get(code, date.minusDays(1)));
      CcgDetail predecessor = found.readEntity(CcgDetail.class);
      String etag = found.getHeaderString(HttpHeaders.ETAG);
      if (predecessor.closeDate() != null && predecessor.closeDate().isBefore(date)) {
        throw StepFailure.never(
            code + " closed on " + predecessor.closeDate() + ", before the handover on " + date);
      }
      if (!date.equals(predecessor.closeDate())) {
        Response updated =
            PeerAnswers.call(
                CCG,
                "close " + code,
                () ->
                    ccgs.update(
                        code,
                        etag,
                        new CcgWrites.CcgUpdate(
                            predecessor.onsCode(),
                            predecessor.name(),
                            predecessor.openDate(),
                            date)));
        if (updated.getStatus() == 412) {
          throw StepFailure.retryLater(
              code + " changed while it was being closed; will read it again");
        }
        if (updated.getStatus() >= 300) {
          throw StepFailure.never(
              CCG + " refused to close " + code + ": " + PeerAnswers.detail(updated));
        }
        closed++;
      }
      Response linked =
          PeerAnswers.call(
              CCG,
              "link " + code + " to its successor",
              () ->
                  ccgs.link(
                      code, new CcgWrites.SuccessorRequest(reconfiguration.successorCode, date)));
      if (linked.getStatus() >= 300 && linked.getStatus() != 409) {
        throw StepFailure.never(
            CCG + " refused to link " + code + ": " + PeerAnswers.detail(linked));
      }
    }
    return "closed "
        + closed
        + " predecessors on "
        + date
        + (closed < reconfiguration.predecessorCodes.size()
            ? " (" + (reconfiguration.predecessorCodes.size() - closed) + " closed before)"
            : "")
        + ", each linked to "
        + reconfiguration.successorCode;
  }

  private String successorName(Reconfiguration reconfiguration) {
    CcgLookup.Result successor =
        lookup(reconfiguration.effectiveDate, List.of(reconfiguration.successorCode))
            .get(reconfiguration.successorCode);
    return successor == null || !successor.known()
        ? reconfiguration.successorName
        : successor.name();
  }

  private Map<String, CcgLookup.Result> lookup(LocalDate date, List<String> codes) {
    try {
      return lookups.lookup(date, codes, "run the reconfiguration");
    } catch (RuntimeException unreachable) {
      throw StepFailure.retryLater(CCG + " cannot be reached to look up " + codes);
    }
  }
}
