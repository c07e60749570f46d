package org.landscape.commissioning.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.commissioning.domain.ReconfigurationKind;
import org.landscape.commissioning.domain.ReconfigurationState;
import org.landscape.commissioning.repository.ReconfigurationRepository;
import org.landscape.commissioning.service.ReconfigurationService;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.OdsCcgs;
import org.landscape.common.imports.OdsDates;
import org.landscape.common.problem.ProblemException;

/**
 * Turns the CCG mergers recorded by ODS (succ: predecessor → successor with an effective date;
 * eccg: which codes are CCGs, hubs left out) into approved reconfigurations, one per successor and
 * date, for the saga to execute in date order.
 */
@ApplicationScoped
public class SuccessionReplay {

  @Schema(name = "ReplayReport")
  public record Report(
      @Schema(description = "CCG mergers found in the files", example = "37") int mergers,
      @Schema(description = "Recorded now, approved, for the saga", example = "37") int recorded,
      @Schema(description = "Recorded by an earlier replay", example = "0") int recordedBefore,
      @Schema(description = "Successions between other kinds of organisation", example = "11376")
          int otherSuccessions) {}

  private record Merger(String successorCode, LocalDate effectiveDate) {}

  @Inject ReconfigurationService reconfigurations;
  @Inject ReconfigurationRepository repository;

  /** All or nothing: every merger is recorded, or (a bad row, a failure) none is. */
  @Transactional
  public Report run(CsvTable successions, CsvTable ccgs) {
    Map<String, String> ccgNames = new HashMap<>();
    for (CsvTable.Row row : ccgs.rows()) {
      if (OdsCcgs.isCcg(row.get(0), row.get(1))) {
        ccgNames.put(row.get(0), row.get(1));
      }
    }
    Map<Merger, List<String>> mergers =
        new TreeMap<>(
            Comparator.comparing(Merger::effectiveDate).thenComparing(Merger::successorCode));
    List<BadRow> badRows = new ArrayList<>();
    int other = 0;
    for (CsvTable.Row row : successions.rows()) {
      String predecessor = row.get(0).strip();
      String successor = row.get(1).strip();
      if (!ccgNames.containsKey(predecessor) || !ccgNames.containsKey(successor)) {
        other++;
        continue;
      }
      LocalDate date;
      try {
        date = OdsDates.parse(row.get(3));
      } catch (RuntimeException bad) {
        badRows.add(
            new BadRow(successions.name(), row.line(), "effective date: " + bad.getMessage()));
        continue;
      }
      if (date == null) {
        badRows.add(new BadRow(successions.name(), row.line(), "effective date is missing"));
        continue;
      }
      mergers
          .computeIfAbsent(new Merger(successor, date), key -> new ArrayList<>())
          .add(predecessor);
    }
    if (!badRows.isEmpty()) {
      throw ProblemException.importRejected(badRows);
    }
    int recorded = 0;
    int before = 0;
    for (Map.Entry<Merger, List<String>> merger : mergers.entrySet()) {
      Merger key = merger.getKey();
      if (repository.existsFor(key.successorCode(), key.effectiveDate())) {
        before++;
        continue;
      }
      reconfigurations.record(
          ReconfigurationKind.MERGER,
          merger.getValue(),
          key.successorCode(),
          null,
          key.effectiveDate(),
          ReconfigurationState.APPROVED);
      recorded++;
    }
    return new Report(mergers.size(), recorded, before, other);
  }
}
