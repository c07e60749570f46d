package org.landscape.ccg.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landscape.ccg.domain.AreaSource;
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
 * The project's own correction file of published facts about CCG areas that the official lookup
 * cannot give (it is of July 2015 and knows only the merged {@code 13T} for Newcastle and
 * Gateshead). Header: {@code ccgCode,localAuthorityCode,shareOfCcg,shareOfAuthority,validFrom,
 * validTo,source}; empty shares are unknown. Corrections replace inferred entries.
 */
@ApplicationScoped
public class AreaCorrectionImport {

  private record Period(String ccgCode, LocalDate from, LocalDate to) {}

  @Inject CcgRepository ccgs;
  @Inject AreaService areas;
  @Inject HwbRegister authorities;
  @Inject DryRun dryRun;

  @Transactional
  public ImportReport run(CsvTable file, boolean dryRunOnly) {
    Map<String, LocalAuthorityView> known =
        authorities.localAuthorities(
            LocalDate.now(), "check the local authorities of the corrections");
    List<BadRow> bad = new ArrayList<>();
    Map<Period, List<AreaService.Entry>> corrections = new LinkedHashMap<>();
    for (CsvTable.Row row : file.rows()) {
      String ccgCode = row.get("ccgCode");
      String authority = row.get("localAuthorityCode");
      if (ccgs.findById(ccgCode) == null) {
        bad.add(file.badRow(row, "CCG '" + ccgCode + "' is not in the register"));
        continue;
      }
      if (!known.containsKey(authority)) {
        bad.add(
            file.badRow(row, "local authority '" + authority + "' is not known to hwb-service"));
        continue;
      }
      try {
        LocalDate from = LocalDate.parse(row.get("validFrom"));
        LocalDate to = row.get("validTo").isEmpty() ? null : LocalDate.parse(row.get("validTo"));
        if (to != null && !to.isAfter(from)) {
          bad.add(file.badRow(row, "validTo must be after validFrom"));
          continue;
        }
        corrections
            .computeIfAbsent(new Period(ccgCode, from, to), p -> new ArrayList<>())
            .add(
                new AreaService.Entry(
                    authority, share(row.get("shareOfCcg")), share(row.get("shareOfAuthority"))));
      } catch (DateTimeParseException | NumberFormatException malformed) {
        bad.add(file.badRow(row, "dates must be YYYY-MM-DD and shares numbers in (0, 1]"));
      } catch (IllegalArgumentException outOfRange) {
        bad.add(file.badRow(row, outOfRange.getMessage()));
      }
    }
    if (!bad.isEmpty()) {
      throw ProblemException.importRejected(bad);
    }
    ImportReport.Tally tally = new ImportReport.Tally();
    corrections.forEach(
        (period, entries) -> {
          boolean changed =
              areas.replace(
                  period.ccgCode(),
                  EnumSet.of(AreaSource.CORRECTION),
                  AreaSource.CORRECTION,
                  entries,
                  period.from(),
                  period.to());
          if (changed) {
            tally.created();
          } else {
            tally.unchanged();
          }
        });
    dryRun.rollBackIf(dryRunOnly);
    return tally.report(file.name(), dryRunOnly, file.rows().size());
  }

  private static BigDecimal share(String value) {
    if (value.isEmpty()) {
      return null;
    }
    BigDecimal share = new BigDecimal(value);
    if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("share " + value + " must be in (0, 1]");
    }
    return share;
  }
}
