package org.landscape.commissioning.consistency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.landscape.ccg.api.CcgLookup;
import org.landscape.ccg.api.CcgRegister;
import org.landscape.ccg.api.CcgSummary;
import org.landscape.commissioning.domain.Contract;
import org.landscape.commissioning.domain.GoverningBodyIndependenceRule;
import org.landscape.commissioning.domain.Rule;
import org.landscape.commissioning.repository.ContractRepository;
import org.landscape.common.time.CommissionerEra;
import org.landscape.hwb.api.BoardView;
import org.landscape.hwb.api.CcgRepresentativeView;
import org.landscape.hwb.api.HwbRegister;
import org.landscape.practice.api.OpenPracticeMembership;
import org.landscape.practice.api.PracticeRegister;

/**
 * Checks, on a date, every invariant that spans the services. This service may call all three
 * others, and none of the reads it makes calls back, so there is no call cycle. If a peer cannot be
 * reached the answer is 503: a report that could not look everywhere never reads consistent.
 */
@ApplicationScoped
public class ConsistencyService {

  private static final int LOOKUP_BATCH = CcgLookup.MAX_CODES;
  private static final String ACROSS_SERVICES = "check the records that span the services";

  @Inject CcgRegister ccgs;
  @Inject PracticeRegister practiceRegister;
  @Inject HwbRegister hwb;
  @Inject ContractRepository contracts;

  /** The report on the date; {@code only} and {@code ccg} narrow the violations listed. */
  public ConsistencyReport report(LocalDate asOf, Rule only, String ccg) {
    List<String> codes = ccgs.everyCcg(ACROSS_SERVICES).stream().map(CcgSummary::code).toList();
    Map<String, CcgLookup.Result> register = new LinkedHashMap<>();
    for (int start = 0; start < codes.size(); start += LOOKUP_BATCH) {
      List<String> batch = codes.subList(start, Math.min(codes.size(), start + LOOKUP_BATCH));
      register.putAll(ccgs.lookup(asOf, batch, ACROSS_SERVICES));
    }
    List<OpenPracticeMembership> practices = practiceRegister.openPractices(asOf, ACROSS_SERVICES);
    List<BoardView> boards = hwb.boards(asOf, ACROSS_SERVICES);
    List<CcgRepresentativeView> representatives = hwb.ccgRepresentatives(asOf, ACROSS_SERVICES);
    Set<String> councils = hwb.localAuthorities(asOf, ACROSS_SERVICES).keySet();
    List<Contract> active = contracts.activeOn(asOf);
    List<GoverningBodyIndependenceRule.Seat> seats =
        ccgs.seatsNamingAnEmployer(asOf, ACROSS_SERVICES).stream()
            .map(
                seat ->
                    new GoverningBodyIndependenceRule.Seat(
                        seat.id(),
                        seat.ccgCode(),
                        seat.personName(),
                        seat.roles() == null ? Set.of() : seat.roles(),
                        seat.validFrom(),
                        seat.validTo(),
                        seat.employerCode()))
            .toList();
    List<Contract> withEmployers =
        contracts.ccgContractsInForceWith(
            seats.stream()
                .map(GoverningBodyIndependenceRule.Seat::employerCode)
                .collect(Collectors.toCollection(TreeSet::new)),
            asOf);

    ConsistencyChecks checks = new ConsistencyChecks(asOf, register, councils);
    checks.practices(practices);
    if (CommissionerEra.on(asOf) == CommissionerEra.ICB && checks.registerHoldsIcbs()) {
      checks.icbBoards(boards, hwb.icbRepresentatives(asOf, ACROSS_SERVICES), representatives);
    } else {
      checks.boards(boards, representatives);
    }
    checks.contracts(active);
    checks.independence(seats, withEmployers);

    Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
    for (Rule rule : Rule.values()) {
      counts.put(rule, 0);
    }
    checks.violations().forEach(violation -> counts.merge(violation.rule(), 1, Integer::sum));
    Map<String, Integer> checked = new LinkedHashMap<>();
    checked.put("ccgs", register.size());
    checked.put("councils", councils.size());
    checked.put("openPractices", practices.size());
    checked.put("boards", boards.size());
    checked.put("ccgRepresentatives", representatives.size());
    checked.put("activeContracts", active.size());
    checked.put("governingBodySeatsNamingAnEmployer", seats.size());
    List<Violation> listed =
        checks.violations().stream()
            .filter(v -> only == null || v.rule() == only)
            .filter(v -> ccg == null || ccg.equals(v.records().get("ccg")))
            .toList();
    return new ConsistencyReport(asOf, checks.violations().isEmpty(), checked, counts, listed);
  }
}
