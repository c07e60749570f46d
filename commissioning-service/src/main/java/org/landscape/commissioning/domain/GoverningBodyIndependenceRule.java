package org.landscape.commissioning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The governing body's independence (SI 2012/1631 reg 11; the domain brief): the registered nurse
 * and the secondary-care specialist doctor on a CCG's governing body must not be employed by a
 * provider the CCG commissions from. On a date, a seat held then by one of them that names as its
 * employer the provider of a contract in force then (active, started, not yet ended, terminated or
 * novated) whose commissioner is that CCG breaks it, once per such contract.
 */
public final class GoverningBodyIndependenceRule {

  /** The roles the rule is about, as ccg-service names them. */
  public static final Set<String> CLINICAL_ROLES =
      Set.of("REGISTERED_NURSE", "SECONDARY_CARE_SPECIALIST_DOCTOR");

  /**
   * A governing-body seat as ccg-service holds it: the CCG, the holder, their roles, the period
   * {@code [validFrom, validTo)} and the ODS code of their employer (null when not named).
   */
  public record Seat(
      long id,
      String ccgCode,
      String personName,
      Set<String> roles,
      LocalDate validFrom,
      LocalDate validTo,
      String employerCode) {

    boolean heldOn(LocalDate date) {
      return (validFrom == null || !date.isBefore(validFrom))
          && (validTo == null || date.isBefore(validTo));
    }

    boolean clinical() {
      return roles != null && roles.stream().anyMatch(CLINICAL_ROLES::contains);
    }
  }

  /** One seat whose holder is employed by the provider of one of its CCG's contracts. */
  public record Breach(Seat seat, Contract contract) {}

  private GoverningBodyIndependenceRule() {}

  /** Every breach on the date, by CCG, seat and contract reference. */
  public static List<Breach> breaches(
      LocalDate date, Collection<Seat> seats, Collection<Contract> contracts) {
    List<Breach> breaches = new ArrayList<>();
    for (Seat seat : seats) {
      if (seat.employerCode() == null || !seat.clinical() || !seat.heldOn(date)) {
        continue;
      }
      for (Contract contract : contracts) {
        if (contract.commissionerKind == CommissionerKind.CCG
            && seat.ccgCode().equals(contract.commissionerCode)
            && seat.employerCode().equals(contract.providerCode)
            && ContractState.of(contract, date) == ContractState.IN_FORCE) {
          breaches.add(new Breach(seat, contract));
        }
      }
    }
    breaches.sort(
        Comparator.comparing((Breach b) -> b.seat().ccgCode())
            .thenComparingLong(b -> b.seat().id())
            .thenComparing(b -> b.contract().reference));
    return breaches;
  }
}
