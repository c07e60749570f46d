package org.landscape.hwb.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.hwb.domain.LocalAuthorityKind;

/**
 * Reads the ONS district list (e.g. {@code LAD15_RGN15_EN_LU.csv}) and the lower-to-upper-tier
 * lookup (e.g. {@code LTLA17_UTLA17_EW_LU.csv}) into the councils of England: every district and
 * single-tier council, and the counties above the districts. Rows of Wales, Scotland and Northern
 * Ireland are skipped; metropolitan boroughs and London boroughs map in the lookup to statistical
 * groupings (E11, E13) that are not councils, so they are their own upper tier.
 */
public final class OnsLocalAuthorityFiles {

  /** What the files hold: the councils, or the rows that stop the import. */
  public record Contents(
      List<OnsAuthorityRecord> authorities, List<BadRow> badRows, int skippedOutsideEngland) {}

  private static final Pattern DISTRICT_CODE = Pattern.compile("LAD\\d\\dCD");
  private static final Pattern DISTRICT_NAME = Pattern.compile("LAD\\d\\dNM");
  private static final Pattern LOWER_CODE = Pattern.compile("LTLA\\d\\dCD");
  private static final Pattern UPPER_CODE = Pattern.compile("UTLA\\d\\dCD");
  private static final Pattern UPPER_NAME = Pattern.compile("UTLA\\d\\dNM");
  private static final Pattern ENGLISH_GROUPING = Pattern.compile("E1[13]\\d{6}");
  private static final Pattern OTHER_NATION = Pattern.compile("[WSN]\\d{8}");

  private OnsLocalAuthorityFiles() {}

  public static Contents read(CsvTable districts, CsvTable upperTiers) {
    String districtCode = districts.requireColumn(DISTRICT_CODE, "district code (LADyyCD)");
    String districtName = districts.requireColumn(DISTRICT_NAME, "district name (LADyyNM)");
    String lowerCode = upperTiers.requireColumn(LOWER_CODE, "lower-tier code (LTLAyyCD)");
    String upperCode = upperTiers.requireColumn(UPPER_CODE, "upper-tier code (UTLAyyCD)");
    String upperName = upperTiers.requireColumn(UPPER_NAME, "upper-tier name (UTLAyyNM)");

    List<BadRow> badRows = new ArrayList<>();
    int skipped = 0;
    Map<String, CsvTable.Row> districtRows = new LinkedHashMap<>();
    for (CsvTable.Row row : districts.rows()) {
      String code = row.get(districtCode);
      if (OTHER_NATION.matcher(code).matches()) {
        skipped++;
      } else if (LocalAuthorityKind.ofCode(code)
          .filter(k -> k != LocalAuthorityKind.COUNTY)
          .isEmpty()) {
        badRows.add(
            districts.badRow(
                row,
                "'"
                    + code
                    + "' is not the ONS code of an English district or single-tier council (E06, E07, E08, E09)"));
      } else if (row.get(districtName).isEmpty()) {
        badRows.add(districts.badRow(row, code + " has no name"));
      } else if (districtRows.putIfAbsent(code, row) != null) {
        badRows.add(districts.badRow(row, code + " appears more than once"));
      }
    }

    Map<String, String> countyOfDistrict = new LinkedHashMap<>();
    Map<String, String> countyNames = new LinkedHashMap<>();
    for (CsvTable.Row row : upperTiers.rows()) {
      String lower = row.get(lowerCode);
      String upper = row.get(upperCode);
      if (OTHER_NATION.matcher(lower).matches()) {
        skipped++;
        continue;
      }
      String problem = lookupProblem(lower, upper, districtRows);
      if (problem != null) {
        badRows.add(upperTiers.badRow(row, problem));
        continue;
      }
      if (upper.startsWith(LocalAuthorityKind.COUNTY.codePrefix())) {
        String name = row.get(upperName);
        String known = countyNames.putIfAbsent(upper, name);
        if (name.isEmpty()) {
          badRows.add(upperTiers.badRow(row, "county " + upper + " has no name"));
        } else if (known != null && !known.equals(name)) {
          badRows.add(
              upperTiers.badRow(
                  row, "county " + upper + " is named both '" + known + "' and '" + name + "'"));
        }
        if (countyOfDistrict.putIfAbsent(lower, upper) != null) {
          badRows.add(upperTiers.badRow(row, lower + " appears more than once"));
        }
      }
    }

    List<OnsAuthorityRecord> authorities = new ArrayList<>();
    countyNames.forEach(
        (code, name) ->
            authorities.add(new OnsAuthorityRecord(code, name, LocalAuthorityKind.COUNTY, null)));
    districtRows.forEach(
        (code, row) -> {
          LocalAuthorityKind kind = LocalAuthorityKind.ofCode(code).orElseThrow();
          String county = countyOfDistrict.get(code);
          if (kind == LocalAuthorityKind.DISTRICT && county == null) {
            badRows.add(
                districts.badRow(
                    row, "district " + code + " has no county in the upper-tier lookup"));
          }
          authorities.add(new OnsAuthorityRecord(code, row.get(districtName), kind, county));
        });
    return new Contents(authorities, badRows, skipped);
  }

  private static String lookupProblem(
      String lower, String upper, Map<String, CsvTable.Row> districtRows) {
    LocalAuthorityKind kind = LocalAuthorityKind.ofCode(lower).orElse(null);
    if (kind == null || kind == LocalAuthorityKind.COUNTY) {
      return "'" + lower + "' is not the ONS code of an English district or single-tier council";
    }
    if (!districtRows.containsKey(lower)) {
      return lower + " is not in the district list";
    }
    boolean upperFits =
        switch (kind) {
          case DISTRICT ->
              upper.startsWith(LocalAuthorityKind.COUNTY.codePrefix())
                  && LocalAuthorityKind.ofCode(upper).isPresent();
          case UNITARY -> upper.equals(lower);
          default -> upper.equals(lower) || ENGLISH_GROUPING.matcher(upper).matches();
        };
    return upperFits
        ? null
        : "'" + upper + "' cannot be the upper tier of " + lower + " (" + kind + ")";
  }
}
