package org.landscape.ccg.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.landscape.ccg.domain.AreaTeam;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.domain.CcgOversight;
import org.landscape.ccg.domain.Region;
import org.landscape.ccg.repository.AreaTeamRepository;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.repository.OversightRepository;
import org.landscape.ccg.repository.RegionRepository;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.DryRun;
import org.landscape.common.imports.ImportReport;
import org.landscape.common.problem.ProblemException;

/**
 * The 2013 CCG → area team → region lookup ({@code CCG13_NHSAT13_NHSCR13_EW_LU.csv}): the regions,
 * each area team's region, and which area team oversaw each CCG from 1 April 2013. CCGs are joined
 * on their ONS code, which this file shares with the April 2013 CCG list.
 */
@ApplicationScoped
public class OversightImport {

  @Inject CcgRepository ccgs;
  @Inject AreaTeamRepository teams;
  @Inject RegionRepository regions;
  @Inject OversightRepository oversight;
  @Inject DryRun dryRun;

  @Transactional
  public ImportReport run(CsvTable file, boolean dryRunOnly) {
    String ccgColumn = file.requireColumn(Pattern.compile("CCG\\d\\dCD"), "CCG ONS code (CCGyyCD)");
    String teamColumn =
        file.requireColumn(Pattern.compile("NHSAT\\d\\dCD"), "area team code (NHSATyyCD)");
    String teamNameColumn =
        file.requireColumn(Pattern.compile("NHSAT\\d\\dNM"), "area team name (NHSATyyNM)");
    String regionColumn =
        file.requireColumn(Pattern.compile("NHSCR\\d\\dCD"), "region code (NHSCRyyCD)");
    String regionNameColumn =
        file.requireColumn(Pattern.compile("NHSCR\\d\\dNM"), "region name (NHSCRyyNM)");
    List<BadRow> bad = new ArrayList<>();
    Map<String, String> regionOfTeam = new HashMap<>();
    Set<String> seenCcgs = new HashSet<>();
    int skipped = 0;
    for (CsvTable.Row row : file.rows()) {
      String ccgOns = row.get(ccgColumn);
      if (!ccgOns.startsWith("E")) {
        skipped++;
        continue;
      }
      String team = row.get(teamColumn);
      String region = row.get(regionColumn);
      if (!team.matches("E39\\d{6}")) {
        bad.add(
            file.badRow(row, "'" + team + "' is not an area team's ONS code (E39 and six digits)"));
      }
      if (!region.matches("E40\\d{6}")) {
        bad.add(
            file.badRow(row, "'" + region + "' is not a region's ONS code (E40 and six digits)"));
      }
      if (ccgs.byOnsCode(ccgOns) == null) {
        bad.add(
            file.badRow(
                row, "no CCG has ONS code '" + ccgOns + "'; import the April 2013 CCG list first"));
      } else if (!seenCcgs.add(ccgOns)) {
        bad.add(file.badRow(row, ccgOns + " appears more than once"));
      }
      String known = regionOfTeam.putIfAbsent(team, region);
      if (known != null && !known.equals(region)) {
        bad.add(
            file.badRow(
                row, "area team " + team + " is placed in both " + known + " and " + region));
      }
    }
    if (!bad.isEmpty()) {
      throw ProblemException.importRejected(bad);
    }
    ImportReport.Tally tally = new ImportReport.Tally();
    for (CsvTable.Row row : file.rows()) {
      if (!row.get(ccgColumn).startsWith("E")) {
        tally.skipped();
        continue;
      }
      Region region = regions.findById(row.get(regionColumn));
      if (region == null) {
        region = new Region();
        region.code = row.get(regionColumn);
        region.name = row.get(regionNameColumn);
        region.validFrom = CcgListImport.ESTABLISHED;
        regions.persist(region);
      }
      AreaTeam team = teams.findById(row.get(teamColumn));
      if (team == null) {
        team = new AreaTeam();
        team.code = row.get(teamColumn);
        team.name = row.get(teamNameColumn);
        team.validFrom = CcgListImport.ESTABLISHED;
        teams.persist(team);
      }
      team.regionCode = region.code;
      Ccg ccg = ccgs.byOnsCode(row.get(ccgColumn));
      CcgOversight current = oversight.on(ccg.code, CcgListImport.ESTABLISHED).orElse(null);
      if (current == null) {
        CcgOversight link = new CcgOversight();
        link.ccgCode = ccg.code;
        link.areaTeamCode = team.code;
        link.validFrom = CcgListImport.ESTABLISHED;
        oversight.persist(link);
        tally.created();
      } else if (!current.areaTeamCode.equals(team.code)) {
        current.areaTeamCode = team.code;
        tally.updated();
      } else {
        tally.unchanged();
      }
    }
    dryRun.rollBackIf(dryRunOnly);
    return tally.report(file.name(), dryRunOnly, file.rows().size());
  }
}
