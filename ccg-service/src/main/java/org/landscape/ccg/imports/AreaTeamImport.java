package org.landscape.ccg.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.landscape.ccg.domain.AreaTeam;
import org.landscape.ccg.repository.AreaTeamRepository;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.DryRun;
import org.landscape.common.imports.ImportReport;
import org.landscape.common.problem.ProblemException;

/** The NHS England area teams of April 2013 ({@code NHSAT_APR_2013_EN_NC.csv}). */
@ApplicationScoped
public class AreaTeamImport {

  @Inject AreaTeamRepository teams;
  @Inject DryRun dryRun;

  @Transactional
  public ImportReport run(CsvTable file, boolean dryRunOnly) {
    String codeColumn =
        file.requireColumn(Pattern.compile("NHSAT\\d\\dCD"), "area team code (NHSATyyCD)");
    String nameColumn =
        file.requireColumn(Pattern.compile("NHSAT\\d\\dNM"), "area team name (NHSATyyNM)");
    List<BadRow> bad = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvTable.Row row : file.rows()) {
      String code = row.get(codeColumn);
      if (!code.matches("E39\\d{6}")) {
        bad.add(
            file.badRow(row, "'" + code + "' is not an area team's ONS code (E39 and six digits)"));
      } else if (!seen.add(code)) {
        bad.add(file.badRow(row, code + " appears more than once"));
      }
      if (row.get(nameColumn).isEmpty()) {
        bad.add(file.badRow(row, "the name is empty"));
      }
    }
    if (!bad.isEmpty()) {
      throw ProblemException.importRejected(bad);
    }
    ImportReport.Tally tally = new ImportReport.Tally();
    for (CsvTable.Row row : file.rows()) {
      AreaTeam team = teams.findById(row.get(codeColumn));
      String name = row.get(nameColumn);
      if (team == null) {
        team = new AreaTeam();
        team.code = row.get(codeColumn);
        team.name = name;
        team.validFrom = CcgListImport.ESTABLISHED;
        teams.persist(team);
        tally.created();
      } else if (!team.name.equals(name)) {
        team.name = name;
        tally.updated();
      } else {
        tally.unchanged();
      }
    }
    dryRun.rollBackIf(dryRunOnly);
    return tally.report(file.name(), dryRunOnly, file.rows().size());
  }
}
