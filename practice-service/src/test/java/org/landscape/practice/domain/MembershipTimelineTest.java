package org.landscape.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.landscape.practice.domain.Fixtures.date;
import static org.landscape.practice.domain.Fixtures.membership;
import static org.landscape.practice.domain.Fixtures.practice;
import static org.landscape.practice.domain.Fixtures.timeline;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MembershipTimelineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        "first day the practice is open,          2000-01-01, 2016-04-01, 2000-01-01, -",
        "day before the practice opened,          2000-01-01, 2016-04-01, 1999-12-31,"
            + " must not be before the practice opened on 2000-01-01",
        "last day the practice is open,           2000-01-01, 2016-04-01, 2016-03-31, -",
        "day the practice closes,                 2000-01-01, 2016-04-01, 2016-04-01,"
            + " must be before the practice closed on 2016-04-01",
        "practice without open or close dates,    -,          -,          1950-01-01, -",
      })
  void the_first_membership_begins_while_the_practice_is_open(
      String scenario, String open, String close, String memberFrom, String message) {
    Finding finding =
        MembershipTimeline.firstMembershipFrom(practice(open, close), date(memberFrom));

    assertThat(finding.rule()).isEqualTo(MembershipTimeline.STARTS_WHILE_OPEN);
    assertThat(finding.satisfied()).isEqualTo(message == null);
    assertThat(finding.detail()).isEqualTo(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        "closing the day after the latest membership began, 2015-04-02, true",
        "closing the day the latest membership began,       2015-04-01, false",
        "closing the day before the latest membership began, 2015-03-31, false",
        "reopening (no close date),                         -,          true",
      })
  void a_practice_closes_only_after_its_latest_membership_began(
      String scenario, String close, boolean allowed) {
    MembershipTimeline timeline =
        timeline(
            practice("2000-01-01", null),
            membership("00C", "2013-04-01", "2015-04-01"),
            membership("00D", "2015-04-01", null));

    Finding finding = timeline.closingOn(date(close));

    assertThat(finding.rule()).isEqualTo(MembershipTimeline.CLOSES_AFTER_LATEST);
    assertThat(finding.satisfied()).isEqualTo(allowed);
    assertThat(finding.detail())
        .isEqualTo(
            allowed
                ? null
                : "Practice A83005 has a membership from 2015-04-01; it cannot close on or before"
                    + " that");
  }

  @Test
  void a_practice_without_memberships_may_close_any_day() {
    assertThat(timeline(practice("2000-01-01", null)).closingOn(date("2000-01-01")).satisfied())
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        "open membership of an open practice (closing now), -,          -,          true",
        "membership ended with the earlier closure,         2016-04-01, 2016-04-01, true",
        "membership ended earlier than the closure,         2015-04-01, 2016-04-01, false",
        "open membership though the practice had a close date,    -,          2016-04-01, false",
      })
  void a_change_of_close_date_moves_the_end_of_the_membership_that_ended_with_it(
      String scenario, String latestEnd, String previousClose, boolean moves) {
    Membership latest = membership("00C", "2013-04-01", latestEnd);
    MembershipTimeline timeline = timeline(practice("2000-01-01", previousClose), latest);

    assertThat(timeline.endingWithClosure(date(previousClose)))
        .isEqualTo(moves ? java.util.Optional.of(latest) : java.util.Optional.empty());
  }

  static Stream<Arguments> moves() {
    return Stream.of(
        arguments("an open-ended membership", "2013-04-01", null, "2015-04-01"),
        arguments("a membership ending with the closure", "2013-04-01", "2019-04-01", "2015-04-01"),
        arguments("a move on the day after joining", "2013-04-01", null, "2013-04-02"),
        arguments("a move on the last day", "2013-04-01", "2019-04-01", "2019-03-31"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("moves")
  void a_move_leaves_the_practice_in_exactly_one_ccg_on_every_day(
      String scenario, String from, String to, String effective) {
    Membership current = membership("00C", from, to);

    Membership next =
        MembershipTimeline.moveOn(current, "00D", date(effective), MembershipOrigin.TRANSFER);

    assertThat(current.validTo).isEqualTo(date(effective));
    assertThat(next.practiceCode).isEqualTo(current.practiceCode);
    assertThat(next.ccgCode).isEqualTo("00D");
    assertThat(next.validFrom).isEqualTo(date(effective));
    assertThat(next.validTo).isEqualTo(date(to));
    assertThat(next.origin).isEqualTo(MembershipOrigin.TRANSFER);
    MembershipTimeline after = timeline(practice(null, to), current, next);
    assertThat(after.on(date(effective).minusDays(1))).containsSame(current);
    assertThat(after.on(date(effective))).containsSame(next);
    assertThat(after.on(date(from).minusDays(1))).isEmpty();
    assertThat(after.isLatest(next)).isTrue();
    assertThat(after.isLatest(current)).isFalse();
  }

  @Test
  void the_latest_membership_is_recognised_by_its_id_as_well() {
    Membership latest = membership("00D", "2015-04-01", null);
    Membership sameRow = new Membership();
    sameRow.id = latest.id;
    MembershipTimeline timeline =
        timeline(practice(null, null), membership("00C", "2013-04-01", "2015-04-01"), latest);

    assertThat(timeline.isLatest(sameRow)).isTrue();
    assertThat(timeline(practice(null, null)).isLatest(latest)).isFalse();
  }
}
