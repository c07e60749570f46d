package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.landscape.commissioning.client.CcgDirectory;
import org.landscape.commissioning.client.CcgStatus;
import org.landscape.commissioning.client.CcgSummary;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.rest.WhoPaysViews;

/**
 * The CCGs whose area covers part of a council on a date, according to ccg-service; where there are
 * several, with the share of the council each covers, largest first.
 */
@ApplicationScoped
public class CcgsCovering {

  private static final String PURPOSE = "find the CCGs covering the council";

  @Inject CcgDirectory ccgs;

  public List<WhoPaysViews.Candidate> council(String authorityCode, LocalDate date) {
    List<CcgSummary> covering = ccgs.covering(authorityCode, date, PURPOSE);
    if (covering.size() <= 1) {
      return covering.stream().map(ccg -> candidate(ccg, null)).toList();
    }
    Map<String, CcgStatus> shares =
        ccgs.lookup(covering.stream().map(CcgSummary::code).toList(), date, PURPOSE);
    return covering.stream()
        .map(
            ccg ->
                candidate(
                    ccg,
                    shares.containsKey(ccg.code())
                        ? shares.get(ccg.code()).shareOf(authorityCode).orElse(null)
                        : null))
        .sorted(
            Comparator.comparing(
                    WhoPaysViews.Candidate::shareOfAuthority,
                    Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(WhoPaysViews.Candidate::code))
        .toList();
  }

  private static WhoPaysViews.Candidate candidate(CcgSummary ccg, BigDecimal share) {
    return new WhoPaysViews.Candidate(CommissionerKind.CCG, ccg.code(), ccg.name(), share);
  }
}
