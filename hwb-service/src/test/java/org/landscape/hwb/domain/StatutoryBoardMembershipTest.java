package org.landscape.hwb.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.landscape.hwb.domain.MemberRole.CCG_REPRESENTATIVE;
import static org.landscape.hwb.domain.MemberRole.DIRECTOR_OF_ADULT_SOCIAL_SERVICES;
import static org.landscape.hwb.domain.MemberRole.DIRECTOR_OF_CHILDRENS_SERVICES;
import static org.landscape.hwb.domain.MemberRole.DIRECTOR_OF_PUBLIC_HEALTH;
import static org.landscape.hwb.domain.MemberRole.ELECTED_COUNCILLOR;
import static org.landscape.hwb.domain.MemberRole.HEALTHWATCH_REPRESENTATIVE;
import static org.landscape.hwb.domain.MemberRole.OTHER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Health and Social Care Act 2012 s194(2), decided on plain seats and CCG coverage: no start, no
 * database. The board of Newcastle upon Tyne (E08000021): its CCGs 00G and 00H merge into 13T on
 * 2015-04-01; its director of public health leaves on 2014-06-01 and the next one starts a day
 * later.
 */
class StatutoryBoardMembershipTest {

  private static final String NEWCASTLE = "E08000021";
  private static final LocalDate MERGER = LocalDate.of(2015, 4, 1);
  private static final LocalDate START = LocalDate.of(2013, 4, 1);

  private static final CcgCover NORTH_EAST =
      new CcgCover("00G", "NHS Newcastle North and East CCG", START, MERGER);
  private static final CcgCover WEST = new CcgCover("00H", "NHS Newcastle West CCG", START, MERGER);
  private static final CcgCover GATESHEAD =
      new CcgCover("13T", "NHS Newcastle Gateshead CCG", MERGER, null);
  private static final List<CcgCover> COVERAGE = List.of(NORTH_EAST, WEST, GATESHEAD);

  /** What ccg-service says of 00H and 00G after they closed. */
  private static final Map<String, CcgStanding> CLOSED =
      Map.of(
          "00H", closed("00H", "NHS Newcastle West CCG"),
          "00G", closed("00G", "NHS Newcastle North and East CCG"));

  private static final List<String> MANDATORY =
      MemberRole.mandatory().stream().map(Enum::name).toList();

  /** Every mandatory role held from 2013-04-01, and each CCG represented while it covers. */
  private static List<BoardMember> fullBoard() {
    return new ArrayList<>(
        List.of(
            seat("Cllr Ann Example", ELECTED_COUNCILLOR, START, null),
            seat("Bea Adults", DIRECTOR_OF_ADULT_SOCIAL_SERVICES, START, null),
            seat("Cal Children", DIRECTOR_OF_CHILDRENS_SERVICES, START, null),
            seat("Dr Pia Public", DIRECTOR_OF_PUBLIC_HEALTH, START, day("2014-06-01")),
            seat("Dr Quinn Public", DIRECTOR_OF_PUBLIC_HEALTH, day("2014-06-02"), null),
            seat("Hal Healthwatch", HEALTHWATCH_REPRESENTATIVE, START, null),
            representative("Dr Gee", "00G", START, MERGER),
            representative("Dr Aitch", "00H", START, MERGER),
            representative("Dr Gee", "13T", MERGER, null)));
  }

  static Stream<Arguments> boards() {
    return Stream.of(
        // a mandatory role's seat ending and the next one starting
        scenario(
            "the day before the director of public health leaves, every rule passes",
            fullBoard(),
            Map.of(),
            "2014-05-31",
            List.of("00G", "00H"),
            List.of(),
            Map.of("DIRECTOR_OF_PUBLIC_HEALTH", "held by Dr Pia Public")),
        scenario(
            "on the day the director of public health leaves, before the next starts, the role is"
                + " vacant",
            fullBoard(),
            Map.of(),
            "2014-06-01",
            List.of("00G", "00H"),
            List.of("DIRECTOR_OF_PUBLIC_HEALTH"),
            Map.of(
                "DIRECTOR_OF_PUBLIC_HEALTH",
                "no member holds the DIRECTOR_OF_PUBLIC_HEALTH role on 2014-06-01")),
        scenario(
            "on the day the next director of public health starts, the role is held again",
            fullBoard(),
            Map.of(),
            "2014-06-02",
            List.of("00G", "00H"),
            List.of(),
            Map.of("DIRECTOR_OF_PUBLIC_HEALTH", "held by Dr Quinn Public")),
        scenario(
            "before the first seats start, no role is held",
            fullBoard(),
            Map.of(),
            "2013-03-31",
            List.of(),
            MANDATORY,
            Map.of(
                "ELECTED_COUNCILLOR", "no member holds the ELECTED_COUNCILLOR role on 2013-03-31")),
        // the CCGs' coverage changing on the merger
        scenario(
            "the day before the merger, 00G and 00H are relevant and represented; 13T is not yet"
                + " relevant",
            fullBoard(),
            Map.of(),
            "2015-03-31",
            List.of("00G", "00H"),
            List.of(),
            Map.of(
                "RELEVANT_CCG_REPRESENTED:00G",
                "00G covers part of the area and is represented",
                "RELEVANT_CCG_REPRESENTED:00H",
                "00H covers part of the area and is represented")),
        scenario(
            "on the merger, only 13T is relevant, and the seat handed to it represents it",
            fullBoard(),
            Map.of(),
            "2015-04-01",
            List.of("13T"),
            List.of(),
            Map.of(
                "RELEVANT_CCG_REPRESENTED:13T", "13T covers part of the area and is represented")),
        scenario(
            "a predecessor's seat not ended on the merger is flagged: its CCG closed",
            replace(fullBoard(), "00H", representative("Dr Aitch", "00H", START, null)),
            CLOSED,
            "2015-04-01",
            List.of("13T", "!00H"),
            List.of("IRRELEVANT_CCG_REPRESENTATIVE:00H"),
            Map.of(
                "IRRELEVANT_CCG_REPRESENTATIVE:00H",
                "00H was not operational on 2015-04-01: it closed on 2015-04-01, yet a member"
                    + " represents it")),
        scenario(
            "the same open seat the day before the merger represents a relevant CCG",
            replace(fullBoard(), "00H", representative("Dr Aitch", "00H", START, null)),
            CLOSED,
            "2015-03-31",
            List.of("00G", "00H"),
            List.of(),
            Map.of()),
        scenario(
            "a successor seated a month late leaves 13T unrepresented on the merger",
            replace(fullBoard(), "13T", representative("Dr Gee", "13T", day("2015-05-01"), null)),
            Map.of(),
            "2015-04-01",
            List.of("13T"),
            List.of("RELEVANT_CCG_REPRESENTED:13T"),
            Map.of(
                "RELEVANT_CCG_REPRESENTED:13T",
                "13T covers part of the area on 2015-04-01 but no member represents it")),
        scenario(
            "the late successor's seat starts: 13T is represented",
            replace(fullBoard(), "13T", representative("Dr Gee", "13T", day("2015-05-01"), null)),
            Map.of(),
            "2015-05-01",
            List.of("13T"),
            List.of(),
            Map.of()),
        // why a represented CCG is not relevant
        scenario(
            "a representative of a CCG covering another council is flagged, with where it covers",
            with(fullBoard(), representative("Dr Sunder", "00P", START, null)),
            Map.of("00P", operational("00P", "NHS Sunderland CCG", List.of("E08000024"))),
            "2014-01-01",
            List.of("00G", "00H", "!00P"),
            List.of("IRRELEVANT_CCG_REPRESENTATIVE:00P"),
            Map.of(
                "IRRELEVANT_CCG_REPRESENTATIVE:00P",
                "00P covers no part of E08000021 on 2014-01-01 (it covers E08000024), yet a member"
                    + " represents it")),
        scenario(
            "a representative of an operational CCG covering no council is flagged without a list",
            with(fullBoard(), representative("Dr Nowhere", "00P", START, null)),
            Map.of("00P", operational("00P", "NHS Sunderland CCG", List.of())),
            "2014-01-01",
            List.of("00G", "00H", "!00P"),
            List.of("IRRELEVANT_CCG_REPRESENTATIVE:00P"),
            Map.of(
                "IRRELEVANT_CCG_REPRESENTATIVE:00P",
                "00P covers no part of E08000021 on 2014-01-01, yet a member represents it")),
        scenario(
            "a representative of a CCG not yet open is flagged with its opening day",
            with(fullBoard(), representative("Dr Early", "99C", START, null)),
            Map.of(
                "99C",
                new CcgStanding(
                    "99C", true, "NHS Future CCG", false, day("2016-04-01"), null, List.of())),
            "2014-01-01",
            List.of("00G", "00H", "!99C"),
            List.of("IRRELEVANT_CCG_REPRESENTATIVE:99C"),
            Map.of(
                "IRRELEVANT_CCG_REPRESENTATIVE:99C",
                "99C was not yet operational on 2014-01-01: it opened on 2016-04-01, yet a member"
                    + " represents it")),
        scenario(
            "a representative of a CCG not operational without a closing day is flagged plainly",
            with(fullBoard(), representative("Dr Dormant", "99D", START, null)),
            Map.of("99D", new CcgStanding("99D", true, "NHS Dormant CCG", false, null, null, null)),
            "2014-01-01",
            List.of("00G", "00H", "!99D"),
            List.of("IRRELEVANT_CCG_REPRESENTATIVE:99D"),
            Map.of(
                "IRRELEVANT_CCG_REPRESENTATIVE:99D",
                "99D was not operational on 2014-01-01, yet a member represents it")),
        scenario(
            "a representative of a code ccg-service does not know is flagged as unknown",
            with(fullBoard(), representative("Dr Who", "99Z", START, null)),
            Map.of(),
            "2014-01-01",
            List.of("00G", "00H", "!99Z"),
            List.of("IRRELEVANT_CCG_REPRESENTATIVE:99Z"),
            Map.of(
                "IRRELEVANT_CCG_REPRESENTATIVE:99Z",
                "99Z is not a CCG known to ccg-service, yet a member represents it")),
        scenario(
            "irrelevant CCGs are listed after the relevant ones, sorted by code",
            with(
                fullBoard(),
                representative("Dr Who", "99Z", START, null),
                representative("Dr Sunder", "00P", START, null)),
            Map.of(),
            "2014-01-01",
            List.of("00G", "00H", "!00P", "!99Z"),
            List.of("IRRELEVANT_CCG_REPRESENTATIVE:00P", "IRRELEVANT_CCG_REPRESENTATIVE:99Z"),
            Map.of()),
        // seats that do not fill the roles
        scenario(
            "a further member and a CCG representative do not fill a mandatory role",
            List.of(
                seat("Olly Other", OTHER, START, null),
                representative("Dr Gee", "00G", START, MERGER)),
            Map.of(),
            "2014-01-01",
            List.of("00G", "00H"),
            concat(MANDATORY, List.of("RELEVANT_CCG_REPRESENTED:00H")),
            Map.of(
                "RELEVANT_CCG_REPRESENTED:00H",
                "00H covers part of the area on 2014-01-01 but no member represents it")),
        scenario(
            "two councillors are both named as holders",
            with(fullBoard(), seat("Cllr Bo Second", ELECTED_COUNCILLOR, START, null)),
            Map.of(),
            "2014-01-01",
            List.of("00G", "00H"),
            List.of(),
            Map.of("ELECTED_COUNCILLOR", "held by Cllr Ann Example, Cllr Bo Second")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boards")
  void the_board_meets_s194_when_every_rule_passes(
      String scenario,
      List<BoardMember> seats,
      Map<String, CcgStanding> standings,
      String date,
      List<String> ccgRules,
      List<String> failing,
      Map<String, String> reasons) {
    StatutoryBoardMembership.Assessment assessment =
        StatutoryBoardMembership.assess(NEWCASTLE, day(date), seats, COVERAGE, standings);

    List<String> expectedRules = new ArrayList<>(MANDATORY);
    for (String ccg : ccgRules) {
      expectedRules.add(
          ccg.startsWith("!")
              ? StatutoryBoardMembership.IRRELEVANT_CCG_REPRESENTATIVE + ":" + ccg.substring(1)
              : StatutoryBoardMembership.RELEVANT_CCG_REPRESENTED + ":" + ccg);
    }
    assertThat(assessment.findings())
        .extracting(StatutoryBoardMembershipTest::key)
        .containsExactlyElementsOf(expectedRules);
    assertThat(assessment.findings())
        .filteredOn(finding -> !finding.passed())
        .extracting(StatutoryBoardMembershipTest::key)
        .containsExactlyElementsOf(failing);
    assertThat(assessment.compliant()).isEqualTo(failing.isEmpty());
    assertThat(assessment.date()).isEqualTo(day(date));
    reasons.forEach(
        (rule, reason) ->
            assertThat(assessment.findings())
                .filteredOn(finding -> key(finding).equals(rule))
                .singleElement()
                .extracting(Finding::reason)
                .isEqualTo(reason));
  }

  @ParameterizedTest(name = "without a {0}, only that role fails")
  @EnumSource(
      value = MemberRole.class,
      names = {"CCG_REPRESENTATIVE", "ICB_REPRESENTATIVE", "OTHER"},
      mode = EnumSource.Mode.EXCLUDE)
  void each_mandatory_role_must_be_held(MemberRole role) {
    List<BoardMember> seats = fullBoard();
    seats.removeIf(seat -> seat.role == role);

    StatutoryBoardMembership.Assessment assessment =
        StatutoryBoardMembership.assess(NEWCASTLE, day("2014-01-01"), seats, COVERAGE, Map.of());

    assertThat(assessment.compliant()).isFalse();
    assertThat(assessment.findings())
        .filteredOn(finding -> !finding.passed())
        .singleElement()
        .isEqualTo(
            new Finding(
                role.name(),
                role,
                null,
                null,
                role.requirement(),
                StatutoryBoardMembership.SOURCE,
                false,
                "no member holds the " + role + " role on 2014-01-01"));
  }

  static Stream<Arguments> findings() {
    return Stream.of(
        Arguments.of(
            "a held role names its requirement and holder",
            fullBoard(),
            "2014-01-01",
            new Finding(
                "ELECTED_COUNCILLOR",
                ELECTED_COUNCILLOR,
                null,
                null,
                "At least one elected councillor of the council",
                "Health and Social Care Act 2012 s194(2)",
                true,
                "held by Cllr Ann Example")),
        Arguments.of(
            "a represented relevant CCG carries its code and name",
            fullBoard(),
            "2015-04-01",
            new Finding(
                "RELEVANT_CCG_REPRESENTED",
                CCG_REPRESENTATIVE,
                "13T",
                "NHS Newcastle Gateshead CCG",
                "A representative of each relevant CCG",
                "Health and Social Care Act 2012 s194(2)",
                true,
                "13T covers part of the area and is represented")),
        Arguments.of(
            "a lapsed representative's finding carries the closed CCG's name",
            replace(fullBoard(), "00G", representative("Dr Gee", "00G", START, null)),
            "2015-04-01",
            new Finding(
                "IRRELEVANT_CCG_REPRESENTATIVE",
                CCG_REPRESENTATIVE,
                "00G",
                "NHS Newcastle North and East CCG",
                "Each CCG representative speaks for a CCG relevant to the board",
                "Health and Social Care Act 2012 s194(2)",
                false,
                "00G was not operational on 2015-04-01: it closed on 2015-04-01, yet a member"
                    + " represents it")),
        Arguments.of(
            "an unknown CCG's finding has no name",
            with(fullBoard(), representative("Dr Who", "99Z", START, null)),
            "2014-01-01",
            new Finding(
                "IRRELEVANT_CCG_REPRESENTATIVE",
                CCG_REPRESENTATIVE,
                "99Z",
                null,
                "Each CCG representative speaks for a CCG relevant to the board",
                "Health and Social Care Act 2012 s194(2)",
                false,
                "99Z is not a CCG known to ccg-service, yet a member represents it")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("findings")
  void a_finding_keeps_every_field_of_the_report(
      String scenario, List<BoardMember> seats, String date, Finding expected) {
    StatutoryBoardMembership.Assessment assessment =
        StatutoryBoardMembership.assess(NEWCASTLE, day(date), seats, COVERAGE, CLOSED);

    assertThat(assessment.findings()).contains(expected);
  }

  static Stream<Arguments> headcounts() {
    return Stream.of(
        Arguments.of("nobody sits on an empty board", List.of(), "2014-01-01", 0),
        Arguments.of(
            "a full board before the merger seats seven people (Dr Gee once)",
            fullBoard(),
            "2014-01-01",
            7),
        Arguments.of(
            "a person holding two roles, spelt in another case, counts once",
            with(fullBoard(), seat("CLLR ANN EXAMPLE", OTHER, START, null)),
            "2014-01-01",
            7),
        Arguments.of(
            "on the day between the two directors of public health, six people sit",
            fullBoard(),
            "2014-06-01",
            6),
        Arguments.of(
            "after the merger Dr Aitch's seat has ended: six people sit",
            fullBoard(),
            "2015-04-01",
            6));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headcounts")
  void members_are_the_distinct_people_seated_on_the_date(
      String scenario, List<BoardMember> seats, String date, int members) {
    assertThat(
            StatutoryBoardMembership.assess(NEWCASTLE, day(date), seats, COVERAGE, Map.of())
                .members())
        .isEqualTo(members);
  }

  private static Arguments scenario(
      String name,
      List<BoardMember> seats,
      Map<String, CcgStanding> standings,
      String date,
      List<String> ccgRules,
      List<String> failing,
      Map<String, String> reasons) {
    return Arguments.of(name, seats, standings, date, ccgRules, failing, reasons);
  }

  private static String key(Finding finding) {
    return finding.ccgCode() == null ? finding.rule() : finding.rule() + ":" + finding.ccgCode();
  }

  private static BoardMember seat(String name, MemberRole role, LocalDate from, LocalDate to) {
    BoardMember seat = new BoardMember();
    seat.personName = name;
    seat.role = role;
    seat.validFrom = from;
    seat.validTo = to;
    return seat;
  }

  private static BoardMember representative(String name, String ccg, LocalDate from, LocalDate to) {
    BoardMember seat = seat(name, CCG_REPRESENTATIVE, from, to);
    seat.ccgCode = ccg;
    return seat;
  }

  private static List<BoardMember> with(List<BoardMember> seats, BoardMember... more) {
    List<BoardMember> all = new ArrayList<>(seats);
    all.addAll(List.of(more));
    return all;
  }

  /** The seats with the representative of {@code ccg} replaced by {@code instead}. */
  private static List<BoardMember> replace(
      List<BoardMember> seats, String ccg, BoardMember instead) {
    List<BoardMember> all = new ArrayList<>(seats);
    all.removeIf(seat -> ccg.equals(seat.ccgCode));
    all.add(instead);
    return all;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static CcgStanding closed(String code, String name) {
    return new CcgStanding(code, true, name, false, START, MERGER, List.of("E08000021"));
  }

  private static CcgStanding operational(String code, String name, List<String> authorities) {
    return new CcgStanding(code, true, name, true, START, null, authorities);
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  private static final LocalDate ICBS = LocalDate.of(2022, 7, 1);

  private static BoardMember nominee(String name, String icb, LocalDate from) {
    BoardMember seat = seat(name, MemberRole.ICB_REPRESENTATIVE, from, null);
    seat.icbCode = icb;
    return seat;
  }

  private static List<BoardMember> mandatoryHolders(LocalDate from) {
    return MemberRole.mandatory().stream()
        .map(role -> seat("Holder of " + role, role, from, null))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      textBlock =
          """
          # scenario; ICB nominees seated (code:from|...); a CCG representative still seated; failing (rule:code|...)
          each relevant ICB's nominee sits; QHM:2022-07-01; -; -
          no nominee of the relevant ICB; -; -; RELEVANT_ICB_REPRESENTED:QHM
          a nominee of an ICB not relevant; QHM:2022-07-01|QOQ:2022-07-01; -; IRRELEVANT_ICB_REPRESENTATIVE:QOQ
          a CCG representative after the abolition; QHM:2022-07-01; 13T; IRRELEVANT_CCG_REPRESENTATIVE:13T
          """)
  void from_july_2022_a_nominee_of_each_relevant_icb_and_no_ccg_representative(
      String scenario, String nominees, String ccgStillSeated, String failing) {
    List<BoardMember> seats = new ArrayList<>(mandatoryHolders(START));
    if (nominees != null) {
      for (String nominee : nominees.split("\\|")) {
        String[] parts = nominee.split(":");
        seats.add(nominee("Nominee of " + parts[0], parts[0], LocalDate.parse(parts[1])));
      }
    }
    if (ccgStillSeated != null) {
      seats.add(representative("Dr Still Seated", ccgStillSeated, MERGER, null));
    }
    StatutoryBoardMembership.Assessment assessment =
        StatutoryBoardMembership.assess(
            NEWCASTLE,
            ICBS,
            seats,
            COVERAGE,
            Map.of(),
            List.of(new IcbCover("QHM", "NHS North East and North Cumbria ICB")));
    assertThat(assessment.findings().stream().filter(f -> !f.passed()).map(f -> key(f)))
        .containsExactlyInAnyOrderElementsOf(
            failing == null ? List.of() : List.of(failing.split("\\|")));
    assertThat(assessment.findings())
        .noneMatch(f -> f.rule().equals(StatutoryBoardMembership.RELEVANT_CCG_REPRESENTED));
    assertThat(assessment.findings())
        .filteredOn(f -> f.rule().equals(StatutoryBoardMembership.RELEVANT_ICB_REPRESENTED))
        .allSatisfy(f -> assertThat(f.source()).isEqualTo(StatutoryBoardMembership.AMENDED_SOURCE));
    assertThat(StatutoryBoardMembership.representedButIrrelevant(seats, COVERAGE, ICBS)).isEmpty();
  }
}
