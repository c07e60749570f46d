package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.landscape.commissioning.client.CcgDirectory;
import org.landscape.commissioning.client.CcgStatus;
import org.landscape.commissioning.client.LocalAuthorityDirectory;
import org.landscape.commissioning.client.LocalAuthorityRef;
import org.landscape.commissioning.domain.Commissioner;
import org.landscape.common.problem.ProblemException;

/**
 * Confirms with the service that owns it that a commissioner can hold a contract over {@code [from,
 * to)}: a CCG operational throughout, an upper-tier council, or NHS England. Unreachable peer: 503.
 */
@ApplicationScoped
public class CommissionerCheck {

  @Inject CcgDirectory ccgs;
  @Inject LocalAuthorityDirectory councils;

  /** The commissioner's name, once confirmed. */
  public String confirm(Commissioner commissioner, LocalDate from, LocalDate to) {
    return switch (commissioner.kind()) {
      case NHS_ENGLAND -> Commissioner.NHS_ENGLAND_NAME;
      case CCG -> operationalCcg(commissioner.code(), from, to);
      case LOCAL_AUTHORITY -> upperTierCouncil(commissioner.code(), from, to);
    };
  }

  private String operationalCcg(String code, LocalDate from, LocalDate to) {
    CcgStatus ccg = ccgs.status(code, from, "check the commissioning CCG");
    if (!ccg.known()) {
      throw ProblemException.ruleViolated("CCG " + code + " does not exist");
    }
    if (!ccg.operationalThroughout(from, to)) {
      throw ProblemException.ruleViolated(
          "A CCG may only hold a contract over a period it is operational throughout: CCG "
              + code
              + " is operational"
              + (ccg.openDate() == null ? "" : " from " + ccg.openDate())
              + (ccg.closeDate() == null ? "" : " until " + ccg.closeDate())
              + ", not from "
              + from
              + " until "
              + to);
    }
    return ccg.name();
  }

  private String upperTierCouncil(String code, LocalDate from, LocalDate to) {
    LocalAuthorityRef council =
        councils
            .find(code, from, "check the commissioning council")
            .orElseThrow(
                () ->
                    ProblemException.ruleViolated(
                        "Local authority " + code + " does not exist on " + from));
    if (!council.isUpperTier()) {
      throw ProblemException.ruleViolated(
          council.label()
              + " is a district council: councils commission through the upper tier"
              + (council.upperTierCode() == null ? "" : ", here " + council.upperTierCode()));
    }
    if (council.validTo() != null && to.isAfter(council.validTo())) {
      throw ProblemException.ruleViolated(
          council.label()
              + " ceases on "
              + council.validTo()
              + ", before the contract ends on "
              + to);
    }
    return council.name();
  }
}
