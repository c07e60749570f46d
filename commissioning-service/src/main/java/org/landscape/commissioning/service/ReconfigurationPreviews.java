package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.Money;
import org.landscape.commissioning.domain.Reconfiguration;
import org.landscape.commissioning.domain.ReconfigurationPreview;
import org.landscape.commissioning.repository.ContractRepository;
import org.landscape.hwb.api.HwbRegister;
import org.landscape.practice.api.PracticeRegister;

/**
 * What a reconfiguration would change in each service if it ran now, read from the peers (no
 * writes), and what would stop it. If a peer cannot be reached the answer is 503: a preview that
 * could not look everywhere is no preview.
 */
@ApplicationScoped
public class ReconfigurationPreviews {

  private static final String PREVIEW = "preview the reconfiguration";

  @Inject CcgRegister ccgs;
  @Inject PracticeRegister practiceRegister;
  @Inject HwbRegister hwb;
  @Inject ContractRepository contractRepository;

  public ReconfigurationPreview preview(Reconfiguration reconfiguration) {
    LocalDate date = reconfiguration.effectiveDate;
    List<String> blockers = new ArrayList<>();
    List<String> predecessors = reconfiguration.predecessorCodes;
    Map<String, CcgLookup.Result> before = ccgs.lookup(date.minusDays(1), predecessors, PREVIEW);
    for (String code : predecessors) {
      CcgLookup.Result predecessor = before.get(code);
      if (predecessor == null || !predecessor.known()) {
        blockers.add("CCG " + code + " does not exist");
      } else if (!predecessor.operationalThroughout(date.minusDays(1), date)) {
        blockers.add(
            "CCG "
                + code
                + " is not operational on the day before "
                + date
                + ", so it cannot close then");
      }
    }
    String code = reconfiguration.successorCode;
    CcgLookup.Result successor = ccgs.lookup(date, List.of(code), PREVIEW).get(code);
    boolean exists = successor != null && successor.known();
    String successorChange;
    if (reconfiguration.successorIsNew && !exists) {
      successorChange = "created, operational from " + date + ", with its predecessors' area";
    } else if (reconfiguration.successorIsNew
        && !(successor.openDate() != null && successor.openDate().equals(date))) {
      successorChange = "exists already";
      blockers.add("CCG " + code + " exists already; ODS codes are never reused");
    } else if (!exists) {
      successorChange = "does not exist";
      blockers.add("The surviving CCG " + code + " does not exist");
    } else if (!successor.operationalThroughout(date, date.plusDays(1))) {
      successorChange = "not operational on " + date;
      blockers.add("CCG " + code + " is not operational on " + date);
    } else {
      successorChange = "continues, operational on " + date;
    }

    List<ReconfigurationPreview.PracticeMove> practices =
        practiceRegister.openPractices(date, PREVIEW).stream()
            .filter(p -> p.ccgCode() != null && predecessors.contains(p.ccgCode()))
            .map(p -> new ReconfigurationPreview.PracticeMove(p.practiceCode(), p.ccgCode()))
            .toList();
    List<ReconfigurationPreview.SeatHandover> seats =
        hwb.ccgRepresentatives(date, PREVIEW).stream()
            .filter(seat -> predecessors.contains(seat.ccgCode()))
            .map(
                seat ->
                    new ReconfigurationPreview.SeatHandover(
                        seat.boardCode(), seat.ccgCode(), seat.personName()))
            .toList();
    List<ReconfigurationPreview.ContractNovation> contracts =
        contractRepository.activeOfCcgsAcross(predecessors, date, LockModeType.NONE).stream()
            .map(contract -> novation(contract, code, date))
            .toList();
    for (Contract later : contractRepository.ofCcgsBeginningFrom(predecessors, date)) {
      blockers.add(
          "Contract "
              + later.reference
              + " of "
              + later.commissionerCode
              + " begins on "
              + later.startDate
              + ", on or after the handover: give it the successor as commissioner first");
    }
    return new ReconfigurationPreview(
        reconfiguration.id,
        date,
        new ReconfigurationPreview.CcgChanges(code, successorChange, List.copyOf(predecessors)),
        practices,
        contracts,
        seats,
        blockers);
  }

  private static ReconfigurationPreview.ContractNovation novation(
      Contract contract, String successorCode, LocalDate date) {
    return new ReconfigurationPreview.ContractNovation(
        contract.reference,
        contract.commissionerCode,
        Contract.successorReference(contract.reference, successorCode),
        contract.value.subtract(
            Money.proRata(
                contract.value,
                ChronoUnit.DAYS.between(contract.startDate, date),
                ChronoUnit.DAYS.between(contract.startDate, contract.endDate))));
  }
}
