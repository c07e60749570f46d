package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.commissioning.client.Councils;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.Council;
import org.landscape.commissioning.domain.WhoPays;
import org.landscape.hwb.api.HwbRegister;
import org.landscape.practice.api.PracticeRegister;

/**
 * What the peers know that "who pays?" needs: a practice's CCG on the date (practice-service), a
 * CCG's name, the CCGs covering a council with their shares, and a sub-ICB location's ICB
 * (ccg-service), a council and its county (hwb-service). Unreachable peer: 503.
 */
@ApplicationScoped
public class WhoPaysFacts implements WhoPays.Facts {

  private static final String COVERING = "find the CCGs covering the council";
  private static final String HOME = "find the council where the patient lives";

  @Inject PracticeRegister practices;
  @Inject CcgRegister ccgs;
  @Inject HwbRegister councils;

  @Override
  public Optional<WhoPays.Practice> practice(String code, LocalDate date) {
    return practices
        .practice(code, date, "find the practice's CCG")
        .map(
            practice ->
                new WhoPays.Practice(
                    practice.code(), practice.ccg() == null ? null : practice.ccg().ccgCode()));
  }

  @Override
  public String ccgName(String code, LocalDate date) {
    return ccgs.lookup(date, code, "name the practice's CCG").name();
  }

  /** Shares are asked for only when several CCGs cover the council. */
  @Override
  public List<WhoPays.Candidate> covering(String authorityCode, LocalDate date) {
    List<CcgSummary> covering = ccgs.operational(authorityCode, date, COVERING);
    if (covering.size() <= 1) {
      return covering.stream().map(ccg -> candidate(ccg, null)).toList();
    }
    Map<String, CcgLookup.Result> shares =
        ccgs.lookup(date, covering.stream().map(CcgSummary::code).toList(), COVERING);
    return covering.stream()
        .map(
            ccg ->
                candidate(
                    ccg,
                    shares.containsKey(ccg.code())
                        ? shares.get(ccg.code()).shareOf(authorityCode).orElse(null)
                        : null))
        .toList();
  }

  @Override
  public Optional<Council> council(String code, LocalDate date) {
    return councils.localAuthority(code, date, HOME).map(Councils::of);
  }

  @Override
  public Map<String, WhoPays.Icb> icbsOf(Collection<String> locationCodes, LocalDate date) {
    Map<String, WhoPays.Icb> icbs = new HashMap<>();
    ccgs.lookup(date, locationCodes, "find the ICBs of the sub-ICB locations")
        .forEach(
            (code, result) -> {
              if (result.icb() != null) {
                icbs.put(code, new WhoPays.Icb(result.icb().code(), result.icb().name()));
              }
            });
    return icbs;
  }

  private static WhoPays.Candidate candidate(CcgSummary ccg, BigDecimal share) {
    return new WhoPays.Candidate(CommissionerKind.CCG, ccg.code(), ccg.name(), share);
  }
}
