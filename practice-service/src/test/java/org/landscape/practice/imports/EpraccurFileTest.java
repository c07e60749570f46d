package org.landscape.practice.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.landscape.common.imports.BadRow;
import org.landscape.common.imports.CsvTable;
import org.landscape.practice.domain.PracticeStatus;

/** How an epraccur row is read: which practice, status, dates, CCG and join date it asserts. */
class EpraccurFileTest {

  private static final int CODE = 0;
  private static final int NAME = 1;
  private static final int POSTCODE = 9;
  private static final int OPEN = 10;
  private static final int CLOSE = 11;
  private static final int STATUS = 12;
  private static final int COMMISSIONER = 14;
  private static final int JOIN = 15;
  private static final int LEFT = 16;
  private static final int TELEPHONE = 17;
  private static final int SETTING = 25;

  /** A GP practice row of 27 columns, with the given columns replaced. */
  private static String row(Map<Integer, String> changes) {
    String[] values = new String[27];
    Arrays.fill(values, "");
    values[CODE] = "A83005";
    values[NAME] = "WHINFIELD SURGERY";
    values[4] = "WHINBUSH WAY";
    values[6] = "DARLINGTON";
    values[POSTCODE] = "DL1 3RT";
    values[OPEN] = "19740401";
    values[STATUS] = "A";
    values[COMMISSIONER] = "00C";
    values[JOIN] = "20130401";
    values[TELEPHONE] = "01325 481321";
    values[SETTING] = "4";
    changes.forEach((column, value) -> values[column] = value);
    return Arrays.stream(values).map(v -> "\"" + v + "\"").collect(Collectors.joining(","));
  }

  private static EpraccurFile.Contents read(String... lines) {
    byte[] content = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    return EpraccurFile.read(
        CsvTable.withoutHeader(
            "epraccur", new ByteArrayInputStream(content), StandardCharsets.UTF_8));
  }

  @Test
  void a_gp_practice_row_names_its_details_its_ccg_and_its_join_date() {
    EpraccurFile.Contents contents = read(row(Map.of()));

    assertThat(contents.badRows()).isEmpty();
    assertThat(contents.practices())
        .containsExactly(
            new EpraccurRow(
                1,
                "A83005",
                "WHINFIELD SURGERY",
                List.of("WHINBUSH WAY", "DARLINGTON"),
                "DL1 3RT",
                "01325 481321",
                PracticeStatus.ACTIVE,
                LocalDate.parse("1974-04-01"),
                null,
                "00C",
                LocalDate.parse("2013-04-01"),
                null));
  }

  static Stream<Arguments> readings() {
    return Stream.of(
        arguments("status A", Map.of(STATUS, "A"), PracticeStatus.ACTIVE, null, null, null),
        arguments("status C", Map.of(STATUS, "C"), PracticeStatus.CLOSED, null, null, null),
        arguments("status D", Map.of(STATUS, "D"), PracticeStatus.DORMANT, null, null, null),
        arguments("status P", Map.of(STATUS, "P"), PracticeStatus.PROPOSED, null, null, null),
        arguments(
            "closed on its last day 2016-03-31: closed from 2016-04-01, a member until then",
            Map.of(STATUS, "C", CLOSE, "20160331"),
            PracticeStatus.CLOSED,
            "2016-04-01",
            null,
            "2016-04-01"),
        arguments(
            "left its commissioner on 2015-03-31: a member until 2015-04-01",
            Map.of(LEFT, "20150331"),
            PracticeStatus.ACTIVE,
            null,
            "2015-04-01",
            "2015-04-01"),
        arguments(
            "left the commissioner before it closed: a member until it left",
            Map.of(LEFT, "20150331", CLOSE, "20160331"),
            PracticeStatus.ACTIVE,
            "2016-04-01",
            "2015-04-01",
            "2015-04-01"),
        arguments(
            "closed before the left date: a member until it closed",
            Map.of(LEFT, "20170331", CLOSE, "20160331"),
            PracticeStatus.ACTIVE,
            "2016-04-01",
            "2017-04-01",
            "2016-04-01"),
        arguments(
            "left on the day it joined: a member for that one day",
            Map.of(LEFT, "20130401"),
            PracticeStatus.ACTIVE,
            null,
            "2013-04-02",
            "2013-04-02"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readings")
  void a_row_s_status_letter_and_ods_dates_are_read_as_half_open_periods(
      String scenario,
      Map<Integer, String> changes,
      PracticeStatus status,
      String closeDate,
      String leftOn,
      String memberUntil) {
    EpraccurFile.Contents contents = read(row(changes));

    assertThat(contents.badRows()).isEmpty();
    EpraccurRow practice = contents.practices().getFirst();
    assertThat(practice.status()).isEqualTo(status);
    assertThat(practice.closeDate()).isEqualTo(day(closeDate));
    assertThat(practice.leftOn()).isEqualTo(day(leftOn));
    assertThat(practice.memberUntil()).isEqualTo(day(memberUntil));
    assertThat(practice.commissioner()).isEqualTo("00C");
    assertThat(practice.joinDate()).isEqualTo(LocalDate.parse("2013-04-01"));
  }

  static Stream<Arguments> badRows() {
    return Stream.of(
        arguments(
            "a status letter ODS does not use",
            Map.of(STATUS, "X"),
            "status 'X' is not A, C, D or P"),
        arguments(
            "a lower-case status letter", Map.of(STATUS, "a"), "status 'a' is not A, C, D or P"),
        arguments(
            "a commissioner that is not a CCG code",
            Map.of(COMMISSIONER, "Q1"),
            "commissioner 'Q1' is not a CCG's ODS code"),
        arguments(
            "left the day before joining",
            Map.of(LEFT, "20130331"),
            "the practice left its commissioner before joining it"),
        arguments(
            "closed the day before joining",
            Map.of(CLOSE, "20130331"),
            "the practice left its commissioner before joining it"),
        arguments(
            "a join date not written YYYYMMDD",
            Map.of(JOIN, "2013-04-01"),
            "'2013-04-01' is not a date in the form YYYYMMDD"),
        arguments(
            "an impossible close date",
            Map.of(CLOSE, "20150229"),
            "'20150229' is not a date in the form YYYYMMDD"),
        arguments(
            "a code that is not a practice code",
            Map.of(CODE, "A8300"),
            "'A8300' must be a GP practice's ODS code: a letter and five digits (A81001)"),
        arguments("an empty name", Map.of(NAME, ""), "the name is empty"),
        arguments(
            "a postcode that is not one",
            Map.of(POSTCODE, "DL1"),
            "postcode 'DL1' must be a UK postcode such as TS6 0HA"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRows")
  void a_row_that_cannot_be_a_practice_stops_the_import_naming_why(
      String scenario, Map<Integer, String> changes, String reason) {
    EpraccurFile.Contents contents = read(row(changes));

    assertThat(contents.practices()).isEmpty();
    assertThat(contents.badRows()).containsExactly(new BadRow("epraccur", 1, reason));
  }

  @Test
  void a_row_without_a_join_date_is_read_and_left_to_the_extract_date() {
    EpraccurFile.Contents contents = read(row(Map.of(JOIN, "")));

    assertThat(contents.badRows()).isEmpty();
    assertThat(contents.practices()).singleElement().extracting(EpraccurRow::joinDate).isNull();
  }

  @Test
  void prescribing_cost_centres_that_are_not_gp_practices_are_skipped_and_counted() {
    Map<Integer, String> hospital = new java.util.HashMap<>(Map.of(SETTING, "1", CODE, "Y00001"));
    EpraccurFile.Contents contents = read(row(Map.of()), row(hospital));

    assertThat(contents.practices()).extracting(EpraccurRow::code).containsExactly("A83005");
    assertThat(contents.skippedNotGp()).isEqualTo(1);
    assertThat(contents.badRows()).isEmpty();
  }

  @Test
  void a_short_row_and_a_repeated_code_are_bad_rows() {
    List<String> lines =
        new ArrayList<>(List.of(row(Map.of()), row(Map.of()), "\"A83006\",\"X\",\"\""));
    EpraccurFile.Contents contents = read(lines.toArray(String[]::new));

    assertThat(contents.badRows())
        .containsExactly(
            new BadRow("epraccur", 2, "A83005 appears more than once"),
            new BadRow("epraccur", 3, "expected 27 columns, found 3"));
  }

  private static LocalDate day(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
