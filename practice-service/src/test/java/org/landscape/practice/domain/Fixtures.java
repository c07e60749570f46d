package org.landscape.practice.domain;

import java.time.LocalDate;
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

  /** A stored membership of A83005 (it has an id, as one read from the database). */
  static Membership membership(String ccg, String from, String to) {
    Membership membership = new Membership();
    membership.id = nextId++;
    membership.practiceCode = PRACTICE;
    membership.ccgCode = ccg;
    membership.validFrom = date(from);
    membership.validTo = date(to);
    membership.origin = MembershipOrigin.IMPORT;
    return membership;
  }

  static MembershipTimeline timeline(Practice practice, Membership... oldestFirst) {
    return MembershipTimeline.of(practice, List.of(oldestFirst));
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
