package org.landscape.ccg.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgSuccession;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.domain.SubIcbLocation;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.repository.IcbRepository;
import org.landscape.ccg.repository.RegionRepository;
import org.landscape.ccg.repository.SubIcbLocationRepository;
import org.landscape.ccg.repository.SuccessionRepository;
import org.landscape.ccg.service.IcbChanges;
import org.landscape.ccg.service.SubIcbLocationLifecycle;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.DryRun;
import org.landscape.common.imports.ImportReport;
import org.landscape.common.imports.OdsCcgs;
import org.landscape.common.imports.OdsDates;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.CommissionerEra;

/**
 * The sub-ICB locations in ODS {@code eccg} (no header; column 3 the NHS England region, column 4
 * the ICB): every CCG code still open on 2022-07-01, or opened since, is a sub-ICB location of its
 * ICB from then until its close (the register's, where a later write closed it earlier). Codes
 * closed before 2022-07-01, hubs and reporting entities are skipped. The row must agree with the
 * register: a known code, and a known ICB of that region. The location takes the row's name (ODS:
 * "NHS ‹ICB› ICB - ‹code›"). A successor the register recorded from 2022-07-01 becomes a location
 * of its predecessor's ICB, as it would have had the locations been there first.
 */
@ApplicationScoped
public class SubIcbLocationImport {

  private static final int CODE = 0;
  private static final int NAME = 1;
  private static final int REGION = 2;
  private static final int ICB = 3;
  private static final int OPEN = 10;
  private static final int CLOSE = 11;

  @Inject CcgRepository ccgs;
  @Inject IcbRepository icbs;
  @Inject RegionRepository regions;
  @Inject SubIcbLocationRepository locations;
  @Inject IcbChanges changes;
  @Inject SuccessionRepository successions;
  @Inject SubIcbLocationLifecycle lifecycle;
  @Inject DryRun dryRun;

  @Transactional
  public ImportReport run(CsvTable file, boolean dryRunOnly) {
    Map<String, Icb> icbByCode =
        icbs.listAll().stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
    Map<String, Region> regionByCode =
        regions.listAll().stream().collect(Collectors.toMap(r -> r.code, Function.identity()));
    List<BadRow> bad = new ArrayList<>();
    List<SubIcbLocation> read = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvTable.Row row : file.rows()) {
      String code = row.get(CODE);
      if (!OdsCcgs.isCcg(code, row.get(NAME))) {
        continue;
      }
      LocalDate open;
      LocalDate end;
      try {
        open = OdsDates.parse(row.get(OPEN));
        end = OdsDates.endAfterClose(row.get(CLOSE));
      } catch (IllegalArgumentException malformed) {
        bad.add(file.badRow(row, malformed.getMessage()));
        continue;
      }
      if (open == null || (end != null && !end.isAfter(CommissionerEra.ICB_ERA_BEGINS))) {
        continue;
      }
      if (!seen.add(code)) {
        bad.add(file.badRow(row, code + " appears more than once"));
        continue;
      }
      Ccg ccg = ccgs.findById(code);
      if (ccg == null) {
        bad.add(file.badRow(row, code + " is not in the register: import eccg first"));
        continue;
      }
      if (ccg.closeDate != null && (end == null || ccg.closeDate.isBefore(end))) {
        end = ccg.closeDate;
      }
      if (end != null && !end.isAfter(CommissionerEra.ICB_ERA_BEGINS)) {
        continue;
      }
      Icb icb = icbByCode.get(row.get(ICB));
      if (icb == null) {
        bad.add(
            file.badRow(
                row, "ICB '" + row.get(ICB) + "' is not in the register: import the ICBs first"));
        continue;
      }
      Region region = regionByCode.get(icb.regionCode);
      if (region == null || !Objects.equals(region.odsCode, row.get(REGION))) {
        bad.add(
            file.badRow(
                row,
                "region '"
                    + row.get(REGION)
                    + "' is not the region of ICB "
                    + icb.code
                    + " ("
                    + (region == null ? "unknown" : region.odsCode)
                    + ")"));
        continue;
      }
      String name = row.get(NAME);
      SubIcbLocation location = new SubIcbLocation();
      location.ccgCode = code;
      location.icbCode = icb.code;
      location.name = name;
      location.validFrom =
          open.isAfter(CommissionerEra.ICB_ERA_BEGINS) ? open : CommissionerEra.ICB_ERA_BEGINS;
      location.validTo = end;
      location.source = file.name() + " line " + row.line();
      read.add(location);
    }
    if (!bad.isEmpty()) {
      throw ProblemException.importRejected(bad);
    }
    ImportReport.Tally tally = new ImportReport.Tally();
    for (SubIcbLocation location : read) {
      SubIcbLocation known =
          locations.history(location.ccgCode).stream()
              .filter(l -> l.validFrom.equals(location.validFrom))
              .findFirst()
              .orElse(null);
      if (known == null) {
        changes.located(location, true);
        tally.created();
      } else if (!IcbChanges.record(known).equals(IcbChanges.record(location))) {
        known.icbCode = location.icbCode;
        known.name = location.name;
        known.validTo = location.validTo;
        known.source = location.source;
        changes.located(known, false);
        tally.updated();
      } else {
        tally.unchanged();
      }
    }
    // a succession the register recorded from 2022-07-01 carries the location to the successor,
    // whether it was recorded before the locations or after
    for (CcgSuccession link : successions.effectiveFrom(CommissionerEra.ICB_ERA_BEGINS)) {
      if (lifecycle.carryTo(
          ccgs.findById(link.successorCode), link.predecessorCode, link.effectiveDate)) {
        tally.created();
      }
    }
    for (int skipped = read.size(); skipped < file.rows().size(); skipped++) {
      tally.skipped();
    }
    dryRun.rollBackIf(dryRunOnly);
    return tally.report(file.name(), dryRunOnly, file.rows().size());
  }
}
