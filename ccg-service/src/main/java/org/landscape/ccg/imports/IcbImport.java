package org.landscape.ccg.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.landscape.ccg.domain.Icb;
import org.landscape.ccg.domain.IcbCode;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.repository.IcbRepository;
import org.landscape.ccg.repository.RegionRepository;
import org.landscape.ccg.service.IcbChanges;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.DryRun;
import org.landscape.common.imports.ImportReport;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.time.CommissionerEra;

/**
 * The Integrated Care Boards, from the project's file of published facts (no shipped ODS file lists
 * them). Header: {@code code,onsCode,name,regionOdsCode,openDate,closeDate,source}; an empty ONS
 * code is unknown. Needs the regions with their ODS codes.
 */
@ApplicationScoped
public class IcbImport {

  @Inject IcbRepository icbs;
  @Inject RegionRepository regions;
  @Inject IcbChanges changes;
  @Inject DryRun dryRun;

  @Transactional
  public ImportReport run(CsvTable file, boolean dryRunOnly) {
    Map<String, Region> regionByOdsCode =
        regions.listAll().stream()
            .filter(r -> r.odsCode != null)
            .collect(Collectors.toMap(r -> r.odsCode, r -> r));
    List<BadRow> bad = new ArrayList<>();
    List<Icb> read = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvTable.Row row : file.rows()) {
      Icb icb = new Icb();
      icb.code = row.get("code");
      icb.onsCode = row.get("onsCode").isEmpty() ? null : row.get("onsCode");
      icb.name = row.get("name");
      icb.source = row.get("source");
      if (!IcbCode.isValid(icb.code)) {
        bad.add(file.badRow(row, "'" + icb.code + "' " + IcbCode.MESSAGE));
      } else if (!seen.add(icb.code)) {
        bad.add(file.badRow(row, icb.code + " appears more than once"));
      }
      if (icb.onsCode != null && !icb.onsCode.matches("E54\\d{6}")) {
        bad.add(
            file.badRow(
                row, "'" + icb.onsCode + "' is not an ICB's ONS code (E54 and six digits)"));
      }
      if (icb.name.isBlank() || icb.source.isBlank()) {
        bad.add(file.badRow(row, "the name and the source are required"));
      }
      Region region = regionByOdsCode.get(row.get("regionOdsCode"));
      if (region == null) {
        bad.add(
            file.badRow(
                row,
                "region '"
                    + row.get("regionOdsCode")
                    + "' is not known: import the regions first"));
      } else {
        icb.regionCode = region.code;
      }
      try {
        icb.openDate = LocalDate.parse(row.get("openDate"));
        icb.closeDate =
            row.get("closeDate").isEmpty() ? null : LocalDate.parse(row.get("closeDate"));
        if (icb.openDate.isBefore(CommissionerEra.ICB_ERA_BEGINS)) {
          bad.add(file.badRow(row, "no ICB existed before " + CommissionerEra.ICB_ERA_BEGINS));
        } else if (icb.closeDate != null && !icb.closeDate.isAfter(icb.openDate)) {
          bad.add(file.badRow(row, "closeDate must be after openDate"));
        }
      } catch (DateTimeParseException malformed) {
        bad.add(file.badRow(row, "openDate and closeDate must be dates written YYYY-MM-DD"));
      }
      read.add(icb);
    }
    if (!bad.isEmpty()) {
      throw ProblemException.importRejected(bad);
    }
    ImportReport.Tally tally = new ImportReport.Tally();
    for (Icb icb : read) {
      Icb known = icbs.findById(icb.code);
      if (known == null) {
        changes.created(icb);
        tally.created();
      } else if (!IcbChanges.record(known).equals(IcbChanges.record(icb))
          || !Objects.equals(known.source, icb.source)) {
        known.onsCode = icb.onsCode;
        known.name = icb.name;
        known.regionCode = icb.regionCode;
        known.openDate = icb.openDate;
        known.closeDate = icb.closeDate;
        known.source = icb.source;
        changes.updated(known);
        tally.updated();
      } else {
        tally.unchanged();
      }
    }
    dryRun.rollBackIf(dryRunOnly);
    return tally.report(file.name(), dryRunOnly, file.rows().size());
  }
}
