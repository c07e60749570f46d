package org.landscape.commissioning.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.landscape.commissioning.domain.ProviderKind;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.common.imports.OdsDates;

/**
 * Reads ODS {@code etr} (no header, 27 columns; code, name, …, open date in column 11, close date
 * in 12): the NHS trusts, or every bad row.
 */
public final class EtrFile {

  /** The trusts of the file and the rows that stop the import. */
  public record Contents(List<EtrRow> trusts, List<BadRow> badRows) {}

  private static final int CODE = 0;
  private static final int NAME = 1;
  private static final int OPEN = 10;
  private static final int CLOSE = 11;

  private EtrFile() {}

  public static Contents read(CsvTable file) {
    List<EtrRow> trusts = new ArrayList<>();
    List<BadRow> bad = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CsvTable.Row row : file.rows()) {
      if (row.values().size() <= CLOSE) {
        bad.add(file.badRow(row, "expected 27 columns, found " + row.values().size()));
        continue;
      }
      List<String> problems = new ArrayList<>();
      String code = row.get(CODE);
      if (!ProviderKind.NHS_TRUST.isValidCode(code)) {
        problems.add("'" + code + "' " + ProviderKind.NHS_TRUST.codeMessage());
      } else if (!seen.add(code)) {
        problems.add(code + " appears more than once");
      }
      if (row.get(NAME).isEmpty()) {
        problems.add("the name is empty");
      }
      LocalDate open = null;
      LocalDate close = null;
      try {
        open = OdsDates.parse(row.get(OPEN));
        close = OdsDates.endAfterClose(row.get(CLOSE));
        if (open != null && close != null && !close.isAfter(open)) {
          problems.add("the close date is before the open date");
        }
      } catch (IllegalArgumentException malformed) {
        problems.add(malformed.getMessage());
      }
      if (problems.isEmpty()) {
        trusts.add(new EtrRow(row.line(), code, row.get(NAME), open, close));
      }
      problems.forEach(problem -> bad.add(file.badRow(row, problem)));
    }
    return new Contents(trusts, bad);
  }
}
