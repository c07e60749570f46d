package org.landscape.practice.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.OdsDates;
import org.landscape.practice.domain.Postcode;
import org.landscape.practice.domain.PracticeCode;
import org.landscape.practice.domain.PracticeStatus;

/**
 * Reads ODS {@code epraccur} (no header, 27 columns): the GP practices (prescribing setting 4 in
 * column 26) among the prescribing cost centres, or every bad row.
 */
public final class EpraccurFile {

  /** The practices of the file, the rows that stop the import, and the rows skipped. */
  public record Contents(List<EpraccurRow> practices, List<BadRow> badRows, int skippedNotGp) {}

  private static final String GP_PRACTICE = "4";

  private EpraccurFile() {}

  public static Contents read(CsvTable file) {
    List<EpraccurRow> practices = new ArrayList<>();
    List<BadRow> bad = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int skipped = 0;
    for (CsvTable.Row row : file.rows()) {
      if (row.values().size() < 26) {
        bad.add(file.badRow(row, "expected 27 columns, found " + row.values().size()));
        continue;
      }
      if (!GP_PRACTICE.equals(row.get(25))) {
        skipped++;
        continue;
      }
      List<String> problems = new ArrayList<>();
      String code = row.get(0);
      if (!PracticeCode.isValid(code)) {
        problems.add("'" + code + "' " + PracticeCode.MESSAGE);
      } else if (!seen.add(code)) {
        problems.add(code + " appears more than once");
      }
      if (row.get(1).isEmpty()) {
        problems.add("the name is empty");
      }
      String postcode = Postcode.normalise(row.get(9)).orElse(null);
      if (postcode == null) {
        problems.add("postcode '" + row.get(9) + "' " + Postcode.MESSAGE);
      }
      PracticeStatus status = PracticeStatus.ofOdsLetter(row.get(12)).orElse(null);
      if (status == null) {
        problems.add("status '" + row.get(12) + "' is not A, C, D or P");
      }
      String commissioner = row.get(14);
      if (!commissioner.matches("[0-9]{2}[A-Z]|[A-Z0-9]{5}")) {
        problems.add("commissioner '" + commissioner + "' is not a CCG's ODS code");
      }
      try {
        EpraccurRow practice =
            new EpraccurRow(
                row.line(),
                code,
                row.get(1),
                Arrays.asList(row.get(4), row.get(5), row.get(6), row.get(7), row.get(8)).stream()
                    .filter(l -> !l.isEmpty())
                    .toList(),
                postcode,
                row.get(17).isEmpty() ? null : row.get(17),
                status,
                OdsDates.parse(row.get(10)),
                OdsDates.endAfterClose(row.get(11)),
                commissioner,
                OdsDates.parse(row.get(15)),
                OdsDates.endAfterClose(row.get(16)));
        if (practice.joinDate() != null
            && practice.memberUntil() != null
            && !practice.memberUntil().isAfter(practice.joinDate())) {
          problems.add("the practice left its commissioner before joining it");
        }
        if (problems.isEmpty()) {
          practices.add(practice);
        }
      } catch (IllegalArgumentException malformed) {
        problems.add(malformed.getMessage());
      }
      problems.forEach(problem -> bad.add(file.badRow(row, problem)));
    }
    return new Contents(practices, bad, skipped);
  }
}
