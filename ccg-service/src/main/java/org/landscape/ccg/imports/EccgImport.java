package org.landscape.ccg.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgCode;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.service.CcgChanges;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.DryRun;
import org.landscape.common.imports.ImportReport;
import org.landscape.common.imports.OdsCcgs;
import org.landscape.common.imports.OdsDates;
import org.landscape.common.problem.ProblemException;

/**
 * The ODS {@code eccg} file (no header; code, name, …, open date in column 11, close date in 12):
 * every CCG's operational period. Commissioning hubs and reporting entities (names ending HUB or
 * ENTITY, and the national hubs 13Q and 15L) are not CCGs and are skipped. A CCG new to the
 * register takes the file's name; the names of known CCGs are kept.
 */
@ApplicationScoped
public class EccgImport {

  private static final int CODE = 0;
  private static final int NAME = 1;
  private static final int OPEN = 10;
  private static final int CLOSE = 11;

  @Inject CcgRepository ccgs;
  @Inject CcgChanges changes;
  @Inject DryRun dryRun;

  @Transactional
  public ImportReport run(CsvTable file, boolean dryRunOnly) {
    List<BadRow> bad = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvTable.Row row : file.rows()) {
      String code = row.get(CODE);
      if (!OdsCcgs.isCcg(code, row.get(NAME))) {
        continue;
      }
      if (!CcgCode.isValid(code)) {
        bad.add(file.badRow(row, "'" + code + "' " + CcgCode.MESSAGE));
      } else if (!seen.add(code)) {
        bad.add(file.badRow(row, code + " appears more than once"));
      }
      if (row.get(NAME).isEmpty()) {
        bad.add(file.badRow(row, "the name is empty"));
      }
      try {
        LocalDate open = OdsDates.parse(row.get(OPEN));
        LocalDate end = OdsDates.endAfterClose(row.get(CLOSE));
        if (open == null) {
          bad.add(file.badRow(row, "the open date is empty"));
        } else if (end != null && !end.isAfter(open)) {
          bad.add(file.badRow(row, "the close date is before the open date"));
        }
      } catch (IllegalArgumentException malformed) {
        bad.add(file.badRow(row, malformed.getMessage()));
      }
    }
    if (!bad.isEmpty()) {
      throw ProblemException.importRejected(bad);
    }
    ImportReport.Tally tally = new ImportReport.Tally();
    for (CsvTable.Row row : file.rows()) {
      String code = row.get(CODE);
      if (!OdsCcgs.isCcg(code, row.get(NAME))) {
        tally.skipped();
        continue;
      }
      LocalDate open = OdsDates.parse(row.get(OPEN));
      LocalDate close = OdsDates.endAfterClose(row.get(CLOSE));
      Ccg ccg = ccgs.findById(code);
      if (ccg == null) {
        ccg = new Ccg();
        ccg.code = code;
        ccg.name = row.get(NAME);
        ccg.openDate = open;
        ccg.closeDate = close;
        changes.created(ccg);
        tally.created();
      } else if (!Objects.equals(ccg.openDate, open) || !Objects.equals(ccg.closeDate, close)) {
        ccg.openDate = open;
        ccg.closeDate = close;
        changes.updated(ccg);
        tally.updated();
      } else {
        tally.unchanged();
      }
    }
    dryRun.rollBackIf(dryRunOnly);
    return tally.report(file.name(), dryRunOnly, file.rows().size());
  }
}
