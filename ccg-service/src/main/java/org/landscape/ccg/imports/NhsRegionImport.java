package org.landscape.ccg.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.repository.RegionRepository;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.DryRun;
import org.landscape.common.imports.ImportReport;
import org.landscape.common.problem.ProblemException;

/**
 * NHS England's regions over time with their ODS ({@code Y…}) and ONS ({@code E40…}) codes, from
 * the project's file of published facts. Header: {@code
 * odsCode,onsCode,name,validFrom,validTo,source}. A region the 2013 lookup created keeps its name
 * and gains its ODS code and dates.
 */
@ApplicationScoped
public class NhsRegionImport {

  @Inject RegionRepository regions;
  @Inject DryRun dryRun;

  private record Line(
      CsvTable.Row row, String odsCode, String onsCode, LocalDate from, LocalDate to) {}

  @Transactional
  public ImportReport run(CsvTable file, boolean dryRunOnly) {
    List<BadRow> bad = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvTable.Row row : file.rows()) {
      String ods = row.get("odsCode");
      String ons = row.get("onsCode");
      if (!ods.matches("Y\\d{2}")) {
        bad.add(file.badRow(row, "'" + ods + "' is not a region's ODS code (Y and two digits)"));
      }
      if (!ons.matches("E40\\d{6}")) {
        bad.add(file.badRow(row, "'" + ons + "' is not a region's ONS code (E40 and six digits)"));
      }
      if (!seen.add(ods) || !seen.add(ons)) {
        bad.add(file.badRow(row, ods + " or " + ons + " appears more than once"));
      }
      if (row.get("name").isBlank() || row.get("source").isBlank()) {
        bad.add(file.badRow(row, "the name and the source are required"));
      }
      try {
        LocalDate from = LocalDate.parse(row.get("validFrom"));
        LocalDate to = row.get("validTo").isEmpty() ? null : LocalDate.parse(row.get("validTo"));
        if (to != null && !to.isAfter(from)) {
          bad.add(file.badRow(row, "validTo must be after validFrom"));
        }
        lines.add(new Line(row, ods, ons, from, to));
      } catch (DateTimeParseException malformed) {
        bad.add(file.badRow(row, "validFrom and validTo must be dates written YYYY-MM-DD"));
      }
    }
    if (!bad.isEmpty()) {
      throw ProblemException.importRejected(bad);
    }
    ImportReport.Tally tally = new ImportReport.Tally();
    for (Line line : lines) {
      Region region = regions.findById(line.onsCode());
      String source = line.row().get("source");
      if (region == null) {
        region = new Region();
        region.code = line.onsCode();
        region.name = line.row().get("name");
        apply(region, line, source);
        regions.persist(region);
        tally.created();
      } else if (!Objects.equals(region.odsCode, line.odsCode())
          || !Objects.equals(region.validFrom, line.from())
          || !Objects.equals(region.validTo, line.to())
          || !Objects.equals(region.source, source)) {
        apply(region, line, source);
        tally.updated();
      } else {
        tally.unchanged();
      }
    }
    dryRun.rollBackIf(dryRunOnly);
    return tally.report(file.name(), dryRunOnly, file.rows().size());
  }

  private static void apply(Region region, Line line, String source) {
    region.odsCode = line.odsCode();
    region.validFrom = line.from();
    region.validTo = line.to();
    region.source = source;
  }
}
