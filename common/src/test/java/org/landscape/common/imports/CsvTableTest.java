package org.landscape.common.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscape.common.problem.ProblemException;
import org.landscape.common.problem.ProblemType;

class CsvTableTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static CsvTable headed(String text, Charset charset) {
    return CsvTable.withHeader(
        "districts", new ByteArrayInputStream(text.getBytes(charset)), charset);
  }

  private static CsvTable bare(String text) {
    return CsvTable.withoutHeader(
        "epraccur",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
  }

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("LF", "A81001,THE DENSHAM SURGERY\nA81002,QUEENS PARK\n"),
        Arguments.of("CRLF", "A81001,THE DENSHAM SURGERY\r\nA81002,QUEENS PARK\r\n"),
        Arguments.of("no final line break", "A81001,THE DENSHAM SURGERY\r\nA81002,QUEENS PARK"),
        Arguments.of("quoted", "\"A81001\",\"THE DENSHAM SURGERY\"\n\"A81002\",\"QUEENS PARK\"\n"),
        Arguments.of("empty lines", "\nA81001,THE DENSHAM SURGERY\n\nA81002,QUEENS PARK\n\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void official_files_read_the_same_whatever_their_line_breaks_and_quotes(
      String layout, String text) {
    CsvTable table = bare(text);
    assertThat(table.rows()).extracting(row -> row.get(0)).containsExactly("A81001", "A81002");
    assertThat(table.rows())
        .extracting(row -> row.get(1))
        .containsExactly("THE DENSHAM SURGERY", "QUEENS PARK");
  }

  @Test
  void each_row_knows_the_line_it_is_on() {
    CsvTable table =
        headed(
            "LAD15CD,LAD15NM\r\nE06000001,Hartlepool\r\nE06000002,Middlesbrough\r\n",
            StandardCharsets.UTF_8);
    assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2L, 3L);
    assertThat(table.badRow(table.rows().get(1), "unknown code"))
        .isEqualTo(new BadRow("districts", 3, "unknown code"));
  }

  @Test
  void a_quoted_value_keeps_its_commas_quotes_and_line_breaks() {
    CsvTable table = bare("A81001,\"SURGERY, \"\"THE\"\" DENSHAM\",X\nA81002,\"TWO\nLINES\",Y\n");
    assertThat(table.rows().get(0).values())
        .containsExactly("A81001", "SURGERY, \"THE\" DENSHAM", "X");
    assertThat(table.rows().get(1).get(1)).isEqualTo("TWO\nLINES");
    assertThat(table.rows().get(1).get(2)).isEqualTo("Y");
  }

  @Test
  void values_are_stripped_and_missing_columns_read_empty() {
    CsvTable table = bare("  A81001 , x \n");
    assertThat(table.rows().get(0).get(0)).isEqualTo("A81001");
    assertThat(table.rows().get(0).get(7)).isEmpty();
  }

  @Test
  void windows_1252_names_keep_their_accents() {
    CsvTable table = headed("LAD15CD,LAD15NM\r\nW06000001,Ynys Môn\r\n", WINDOWS_1252);
    assertThat(table.rows().get(0).get("LAD15NM")).isEqualTo("Ynys Môn");
  }

  @Test
  void a_byte_order_mark_does_not_become_part_of_the_first_column_name() {
    CsvTable table =
        headed("\uFEFFLAD15CD,LAD15NM\nE06000001,Hartlepool\n", StandardCharsets.UTF_8);
    assertThat(table.rows().get(0).get("LAD15CD")).isEqualTo("E06000001");
  }

  @Test
  void columns_are_found_by_pattern_whatever_the_year_in_their_name() {
    CsvTable table = headed("LAD19CD,LAD19NM\nE06000001,Hartlepool\n", StandardCharsets.UTF_8);
    assertThat(table.column(Pattern.compile("LAD\\d\\dCD"))).contains("LAD19CD");
    assertThat(table.column(Pattern.compile("CTY\\d\\dCD"))).isEmpty();
    assertThat(table.rows().get(0).get("NOPE")).isEmpty();
  }

  @Test
  void a_missing_column_is_a_bad_request_naming_the_file_and_what_it_lacks() {
    CsvTable table = headed("LAD19CD\nE06000001\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> table.requireColumn(Pattern.compile("LAD\\d\\dNM"), "district name"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(ProblemType.BAD_REQUEST);
              assertThat(problem.getMessage())
                  .isEqualTo("The file 'districts' has no district name column");
            });
  }

  static Stream<Arguments> unreadable() {
    return Stream.of(
        Arguments.of("an unterminated quote", "A81001,\"never closed\n"),
        Arguments.of("text after a closing quote", "A81001,\"closed\"junk\n"),
        Arguments.of("a duplicated header", "CODE,CODE\nA,B\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadable")
  void a_file_that_is_not_csv_is_a_bad_request_naming_the_file(String fault, String text) {
    assertThatThrownBy(() -> headed(text, StandardCharsets.UTF_8))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(ProblemType.BAD_REQUEST);
              assertThat(problem.getMessage())
                  .isEqualTo("The file 'districts' is not a readable CSV file");
            });
  }

  @Test
  void a_file_with_control_characters_is_a_bad_request_naming_the_line() {
    assertThatThrownBy(
            () -> headed("CODE,NAME\nA81001,FINE\nA81002,NUL\u0000\n", StandardCharsets.UTF_8))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.type()).isEqualTo(ProblemType.BAD_REQUEST);
              assertThat(problem.getMessage())
                  .isEqualTo(
                      "The file 'districts' has control characters on line 3: it is not a text"
                          + " CSV file");
            });
  }

  @Test
  void rows_keep_every_value_in_order() {
    assertThat(bare("a,b,,d\n").rows().get(0).values()).isEqualTo(List.of("a", "b", "", "d"));
  }
}
