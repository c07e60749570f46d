package org.landscape.ccg.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.landscape.ccg.domain.AreaSource;
import org.landscape.ccg.domain.Ccg;
import org.landscape.ccg.repository.CcgRepository;
import org.landscape.ccg.service.AreaService;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.DryRun;
import org.landscape.common.imports.ImportReport;
import org.landscape.common.problem.ProblemException;
import org.landscape.hwb.api.HwbRegister;
import org.landscape.hwb.api.LocalAuthorityView;

/**
 * The ONS small-area lookup ({@code LSOA11_CCG15_LAD15_EN_LU.csv}: LSOA → CCG → district). Each
 * CCG's area is the authorities its LSOAs lie in, with districts replaced by their county where the
 * board sits there; shares come from LSOA counts. CCGs are joined on their ODS code (some CCGs got
 * new ONS codes). Authorities are checked with hwb-service in one call; if it cannot be reached the
 * import is refused with 503 and nothing is written. CCGs the lookup does not know then get an area
 * inferred through their succession links.
 */
@ApplicationScoped
public class LsoaAreaImport {

  private static final int SCALE = 6;

  @Inject CcgRepository ccgs;
  @Inject AreaService areas;
  @Inject HwbRegister authorities;
  @Inject DryRun dryRun;

  @Transactional
  public ImportReport run(CsvTable file, boolean dryRunOnly) {
    String ccgColumn =
        file.requireColumn(Pattern.compile("CCG\\d\\dCDH"), "CCG ODS code (CCGyyCDH)");
    String districtColumn =
        file.requireColumn(Pattern.compile("LAD\\d\\dCD"), "district code (LADyyCD)");
    Map<String, LocalAuthorityView> known =
        authorities.localAuthorities(LocalDate.now(), "check the local authorities of CCG areas");
    List<BadRow> bad = new ArrayList<>();
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    Map<String, Integer> perAuthority = new TreeMap<>();
    Map<String, Integer> perCcg = new TreeMap<>();
    for (CsvTable.Row row : file.rows()) {
      String ccgCode = row.get(ccgColumn);
      LocalAuthorityView district = known.get(row.get(districtColumn));
      if (ccgs.findById(ccgCode) == null) {
        bad.add(file.badRow(row, "CCG " + ccgCode + " is not in the register; import eccg first"));
        continue;
      }
      if (district == null) {
        bad.add(
            file.badRow(
                row,
                "local authority " + row.get(districtColumn) + " is not known to hwb-service"));
        continue;
      }
      String boardArea =
          district.hostsHealthAndWellbeingBoard() ? district.code() : district.upperTierCode();
      if (boardArea == null) {
        bad.add(
            file.badRow(
                row, "district " + district.code() + " has no upper-tier council in hwb-service"));
        continue;
      }
      count(counts, perAuthority, ccgCode, boardArea);
      if (!boardArea.equals(district.code())) {
        // a district of a two-tier area: recorded too, for questions about where people live
        count(counts, perAuthority, ccgCode, district.code());
      }
      perCcg.merge(ccgCode, 1, Integer::sum);
    }
    if (!bad.isEmpty()) {
      throw ProblemException.importRejected(bad);
    }
    ImportReport.Tally tally = new ImportReport.Tally();
    counts.forEach(
        (ccgCode, byAuthority) -> {
          Ccg ccg = ccgs.findById(ccgCode);
          List<AreaService.Entry> entries = new ArrayList<>();
          byAuthority.forEach(
              (authority, lsoas) ->
                  entries.add(
                      new AreaService.Entry(
                          authority,
                          share(lsoas, perCcg.get(ccgCode)),
                          share(lsoas, perAuthority.get(authority)))));
          boolean changed =
              areas.replace(
                  ccgCode,
                  EnumSet.of(AreaSource.LSOA_LOOKUP),
                  AreaSource.LSOA_LOOKUP,
                  entries,
                  ccg.openDate,
                  ccg.closeDate);
          if (changed) {
            tally.created();
          } else {
            tally.unchanged();
          }
        });
    areas.inferFromSuccession();
    dryRun.rollBackIf(dryRunOnly);
    return tally.report(file.name(), dryRunOnly, file.rows().size());
  }

  private static void count(
      Map<String, Map<String, Integer>> counts,
      Map<String, Integer> perAuthority,
      String ccgCode,
      String authority) {
    counts.computeIfAbsent(ccgCode, c -> new TreeMap<>()).merge(authority, 1, Integer::sum);
    perAuthority.merge(authority, 1, Integer::sum);
  }

  private static BigDecimal share(int part, int whole) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
  }
}
