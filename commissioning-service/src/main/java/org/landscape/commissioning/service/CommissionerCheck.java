package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.commissioning.client.CcgLifespans;
import org.landscape.commissioning.client.Councils;
import org.landscape.commissioning.domain.Commissioner;
import org.landscape.commissioning.domain.ContractEligibility;
import org.landscape.common.problem.ProblemException;
import org.landscape.hwb.api.HwbRegister;

/**
 * Confirms with the service that owns it that a commissioner can hold a contract over {@code [from,
 * to)}: a CCG operational throughout, an upper-tier council, or NHS England ({@link
 * ContractEligibility} decides). Unreachable peer: 503.
 */
@ApplicationScoped
public class CommissionerCheck {

  @Inject CcgRegister ccgs;
  @Inject HwbRegister councils;

  /** The commissioner's name, once confirmed. */
  public String confirm(Commissioner commissioner, LocalDate from, LocalDate to) {
    String code = commissioner.code();
    return switch (commissioner.kind()) {
      case NHS_ENGLAND -> Commissioner.NHS_ENGLAND_NAME;
      case ICB ->
          throw ProblemException.ruleViolated(
              "Contracts held by ICBs are not recorded yet: give the contract's commissioner as it"
                  + " stood before 2022-07-01");
      case CCG ->
          ContractEligibility.requireOperationalCcg(
              code,
              CcgLifespans.of(ccgs.lookup(from, code, "check the commissioning CCG")),
              from,
              to);
      case LOCAL_AUTHORITY ->
          ContractEligibility.requireUpperTierCouncil(
              code,
              councils
                  .localAuthority(code, from, "check the commissioning council")
                  .map(Councils::of)
                  .orElse(null),
              from,
              to);
    };
  }
}
