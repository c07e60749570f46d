package org.landscape.ccg.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgCode;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.service.CcgChanges;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.DryRun;
import org.landscape.common.imports.ImportReport;
import org.landscape.common.problem.ProblemException;

/**
 * The April 2013 CCG list ({@code CCG_APR_2013.csv}: ONS code, ODS code, name): every CCG
 * operational on 1 April 2013.
 */
@ApplicationScoped
public class CcgListImport {

  static final LocalDate ESTABLISHED = LocalDate.of(2013, 4, 1);

  @Inject CcgRepository ccgs;
  @Inject CcgChanges changes;
  @Inject DryRun dryRun;

  @Transactional
  public ImportReport run(CsvTable file, boolean dryRunOnly) {
    String onsColumn =
        file.requireColumn(
            java.util.regex.Pattern.compile("CCG\\d\\dCD"), "CCG ONS code (CCGyyCD)");
    String odsColumn =
        file.requireColumn(
            java.util.regex.Pattern.compile("CCG\\d\\dCDH"), "CCG ODS code (CCGyyCDH)");
    String nameColumn =
        file.requireColumn(java.util.regex.Pattern.compile("CCG\\d\\dNM"), "CCG name (CCGyyNM)");
    List<BadRow> bad = new ArrayList<>();
    Map<String, Long> seenOds = new HashMap<>();
    Map<String, Long> seenOns = new HashMap<>();
    for (CsvTable.Row row : file.rows()) {
      String ons = row.get(onsColumn);
      String ods = row.get(odsColumn);
      if (!ons.matches("E38\\d{6}")) {
        bad.add(file.badRow(row, "'" + ons + "' is not a CCG's ONS code (E38 and six digits)"));
      }
      if (!CcgCode.isValid(ods)) {
        bad.add(file.badRow(row, "'" + ods + "' " + CcgCode.MESSAGE));
      }
      if (row.get(nameColumn).isEmpty()) {
        bad.add(file.badRow(row, "the name is empty"));
      }
      if (seenOds.putIfAbsent(ods, row.line()) != null) {
        bad.add(file.badRow(row, ods + " appears more than once"));
      }
      if (seenOns.putIfAbsent(ons, row.line()) != null) {
        bad.add(file.badRow(row, ons + " appears more than once"));
      }
      Ccg holder = ccgs.byOnsCode(ons);
      if (holder != null && !holder.code.equals(ods)) {
        bad.add(file.badRow(row, "ONS code " + ons + " already belongs to CCG " + holder.code));
      }
    }
    if (!bad.isEmpty()) {
      throw ProblemException.importRejected(bad);
    }
    ImportReport.Tally tally = new ImportReport.Tally();
    for (CsvTable.Row row : file.rows()) {
      String code = row.get(odsColumn);
      String ons = row.get(onsColumn);
      String name = row.get(nameColumn);
      Ccg ccg = ccgs.findById(code);
      if (ccg == null) {
        ccg = new Ccg();
        ccg.code = code;
        ccg.onsCode = ons;
        ccg.name = name;
        ccg.openDate = ESTABLISHED;
        changes.created(ccg);
        tally.created();
      } else if (!Objects.equals(ccg.onsCode, ons) || !Objects.equals(ccg.name, name)) {
        ccg.onsCode = ons;
        ccg.name = name;
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
