package org.landscape.practice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Practices, memberships and CCG periods for the rule tables, written as briefly as the cases. */
final class Fixtures {

  static final String PRACTICE = "A83005";

  private static long nextId = 1;

  private Fixtures() {}

  static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  /** Practice A83005, open over {@code [open, close)} (null: open end). */
  static Practice practice(String open, String close) {
    Practice practice = new Practice();
    practice.code = PRACTICE;
    practice.name = "WHINFIELD SURGERY";
    practice.status = PracticeStatus.ACTIVE;
    practice.openDate = date(open);
    practice.closeDate = date(close);
    return practice;
  }

  /**
   * A83005's history from facts written {@code CCG@from} (each a file fact of the 2015-07-01
   * extract, its id and line its position), with the successions given.
   */
  static MembershipHistory history(Practice practice, List<Handover> successions, String... facts) {
    List<Assertion> assertions = new ArrayList<>();
    for (int line = 1; line <= facts.length; line++) {
      String[] ccgAndDate = facts[line - 1].split("@");
      assertions.add(
          new Assertion(
              line,
              ccgAndDate[0],
              date(ccgAndDate[1]),
              MembershipOrigin.IMPORT,
              "epraccur line " + line,
              date("2015-07-01"),
              Instant.parse("2015-08-01T00:00:00Z"),
              null));
    }
    return MembershipHistory.derive(practice.closeDate, assertions, successions, null);
  }

  static MembershipHistory history(Practice practice, String... facts) {
    return history(practice, List.of(), facts);
  }

  /** A fact of A83005 as stored, with an id. */
  static MembershipFact fact(String ccg, String from) {
    MembershipFact fact =
        MembershipFact.asserted(PRACTICE, ccg, date(from), MembershipOrigin.TRANSFER, "test", null);
    fact.id = nextId++;
    return fact;
  }

  /** A CCG ccg-service knows, operational over {@code [open, close)}. */
  static CcgOperationalPeriod ccg(String code, String open, String close) {
    return new CcgOperationalPeriod(code, true, date(open), date(close));
  }

  /** A code ccg-service answered for but does not know. */
  static CcgOperationalPeriod unknown(String code) {
    return new CcgOperationalPeriod(code, false, null, null);
  }
}
