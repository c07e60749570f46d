package org.landscape.common.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.input.BOMInputStream;
import org.landscape.common.http.PlainText;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;

/**
 * A CSV file read whole, with its line numbers, as official files are published: with or without a
 * header row, CRLF or LF, quoted or not, in the given character set.
 */
public final class CsvTable {

  /** One data row and the line of the file it starts on. */
  public record Row(long line, List<String> values, Map<String, Integer> header) {

    public String get(int index) {
      return index < values.size() ? values.get(index).strip() : "";
    }

    public String get(String column) {
      Integer index = header.get(column);
      return index == null ? "" : get(index);
    }
  }

  private final String name;
  private final Map<String, Integer> header;
  private final List<Row> rows;

  private CsvTable(String name, Map<String, Integer> header, List<Row> rows) {
    this.name = name;
    this.header = header;
    this.rows = rows;
  }

  public static CsvTable withHeader(String name, InputStream content, Charset charset) {
    return read(name, content, charset, true);
  }

  public static CsvTable withoutHeader(String name, InputStream content, Charset charset) {
    return read(name, content, charset, false);
  }

  private static CsvTable read(String name, InputStream content, Charset charset, boolean header) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            .setIgnoreEmptyLines(true)
            .get();
    if (!header) {
      format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    }
    try (Reader reader =
            new InputStreamReader(BOMInputStream.builder().setInputStream(content).get(), charset);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      Map<String, Integer> columns = header ? Map.copyOf(parser.getHeaderMap()) : Map.of();
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        List<String> values = record.toList();
        if (!values.stream().allMatch(PlainText::isPlain)) {
          throw new ProblemException(
              ProblemType.BAD_REQUEST,
              "The file '"
                  + name
                  + "' has control characters on line "
                  + parser.getCurrentLineNumber()
                  + ": it is not a text CSV file");
        }
        rows.add(new Row(parser.getCurrentLineNumber(), values, columns));
      }
      return new CsvTable(name, columns, rows);
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException unreadable) {
      // commons-csv reports a broken quote or line as an UncheckedIOException while iterating
      throw new ProblemException(
          ProblemType.BAD_REQUEST, "The file '" + name + "' is not a readable CSV file");
    }
  }

  public String name() {
    return name;
  }

  public List<Row> rows() {
    return rows;
  }

  /** The first header column whose name matches, e.g. {@code LAD\d\dCD} for any year's code. */
  public Optional<String> column(Pattern pattern) {
    return header.keySet().stream()
        .filter(column -> pattern.matcher(column.strip()).matches())
        .findFirst();
  }

  /** The column matching {@code pattern}, or a 400 problem naming what the file lacks. */
  public String requireColumn(Pattern pattern, String description) {
    return column(pattern)
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.BAD_REQUEST,
                    "The file '" + name + "' has no " + description + " column"));
  }

  public BadRow badRow(Row row, String reason) {
    return new BadRow(name, row.line(), reason);
  }
}
