package org.landscape.ccg.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.landscape.ccg.domain.CcgSuccession;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.repository.SuccessionRepository;
import org.landscape.ccg.service.CcgChanges;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.DryRun;
import org.landscape.common.imports.ImportReport;
import org.landscape.common.imports.OdsDates;
import org.landscape.common.problem.ProblemException;

/**
 * The ODS successor file ({@code succ.csv}: predecessor, successor, blank, effective date, flag).
 * It covers every kind of organisation; only rows whose both ends are CCGs of the register are
 * links between CCGs, the rest are skipped. Import {@code eccg} first.
 */
@ApplicationScoped
public class SuccessionImport {

  @Inject CcgRepository ccgs;
  @Inject SuccessionRepository successions;
  @Inject ChangeFeed changeFeed;
  @Inject DryRun dryRun;

  @Transactional
  public ImportReport run(CsvTable file, boolean dryRunOnly) {
    Set<String> known = ccgs.listAll().stream().map(c -> c.code).collect(Collectors.toSet());
    List<BadRow> bad = new ArrayList<>();
    for (CsvTable.Row row : file.rows()) {
      if (row.values().size() < 4) {
        bad.add(file.badRow(row, "expected predecessor, successor, blank and effective date"));
        continue;
      }
      if (!linksCcgs(row, known)) {
        continue;
      }
      try {
        if (OdsDates.parse(row.get(3)) == null) {
          bad.add(file.badRow(row, "the effective date is empty"));
        }
      } catch (IllegalArgumentException malformed) {
        bad.add(file.badRow(row, malformed.getMessage()));
      }
      if (row.get(0).equals(row.get(1))) {
        bad.add(file.badRow(row, row.get(0) + " cannot succeed itself"));
      }
    }
    if (!bad.isEmpty()) {
      throw ProblemException.importRejected(bad);
    }
    ImportReport.Tally tally = new ImportReport.Tally();
    for (CsvTable.Row row : file.rows()) {
      if (!linksCcgs(row, known)) {
        tally.skipped();
        continue;
      }
      LocalDate effective = OdsDates.parse(row.get(3));
      CcgSuccession link = successions.findById(new CcgSuccession.Key(row.get(0), row.get(1)));
      if (link == null) {
        link = new CcgSuccession();
        link.predecessorCode = row.get(0);
        link.successorCode = row.get(1);
        link.effectiveDate = effective;
        successions.persist(link);
        record(link, ChangeType.CREATED);
        tally.created();
      } else if (!link.effectiveDate.equals(effective)) {
        link.effectiveDate = effective;
        record(link, ChangeType.UPDATED);
        tally.updated();
      } else {
        tally.unchanged();
      }
    }
    dryRun.rollBackIf(dryRunOnly);
    return tally.report(file.name(), dryRunOnly, file.rows().size());
  }

  private static boolean linksCcgs(CsvTable.Row row, Set<String> known) {
    return known.contains(row.get(0)) && known.contains(row.get(1));
  }

  private void record(CcgSuccession link, ChangeType type) {
    changeFeed.record(
        CcgChanges.SUCCESSION_RESOURCE_TYPE,
        link.predecessorCode + ">" + link.successorCode,
        type,
        CcgChanges.record(link));
  }
}
