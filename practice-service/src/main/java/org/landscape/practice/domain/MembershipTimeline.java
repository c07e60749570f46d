package org.landscape.practice.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A practice's memberships, oldest first, and the rules that keep it in exactly one CCG at any
 * moment while it is open: the first membership begins while the practice is open, a move ends the
 * current membership on the day the next begins (no gap, no overlap), only the latest membership
 * may change (history is never rewritten), and a closure ends the latest membership then. The
 * database guards the same invariants (exclusion constraint and contiguity trigger); these are the
 * decisions taken before writing.
 */
public final class MembershipTimeline {

  /** The first membership begins on or after the practice opened and before it closed. */
  public static final String STARTS_WHILE_OPEN = "membership.starts-while-open";

  /** A practice cannot close on or before the day its latest membership began. */
  public static final String CLOSES_AFTER_LATEST = "membership.closes-after-latest";

  private final Practice practice;
  private final List<Membership> history;

  private MembershipTimeline(Practice practice, List<Membership> history) {
    this.practice = practice;
    this.history = List.copyOf(history);
  }

  /** The practice's timeline; {@code history} oldest first (by validFrom). */
  public static MembershipTimeline of(Practice practice, List<Membership> history) {
    return new MembershipTimeline(practice, history);
  }

  public Practice practice() {
    return practice;
  }

  public List<Membership> history() {
    return history;
  }

  /** The membership covering the date, if any. */
  public Optional<Membership> on(LocalDate date) {
    return history.stream().filter(m -> m.covers(date)).findFirst();
  }

  /** The latest membership, if any. */
  public Optional<Membership> latest() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.getLast());
  }

  /** Whether the membership is the latest: only the latest may end or be followed. */
  public boolean isLatest(Membership membership) {
    return latest().map(last -> sameMembership(last, membership)).orElse(false);
  }

  /**
   * Whether a practice open over {@code [openDate, closeDate)} may begin its first membership on
   * {@code memberFrom}. The detail is the field message for {@code memberFrom}.
   */
  public static Finding firstMembershipFrom(Practice practice, LocalDate memberFrom) {
    if (practice.openDate != null && memberFrom.isBefore(practice.openDate)) {
      return Finding.broken(
          STARTS_WHILE_OPEN, "must not be before the practice opened on " + practice.openDate);
    }
    if (practice.closeDate != null && !memberFrom.isBefore(practice.closeDate)) {
      return Finding.broken(
          STARTS_WHILE_OPEN, "must be before the practice closed on " + practice.closeDate);
    }
    return Finding.holds(STARTS_WHILE_OPEN);
  }

  /** Whether the practice may close on {@code closeDate} (null: reopen) given its memberships. */
  public Finding closingOn(LocalDate closeDate) {
    Optional<Membership> last = latest();
    if (last.isPresent() && closeDate != null && !closeDate.isAfter(last.get().validFrom)) {
      return Finding.broken(
          CLOSES_AFTER_LATEST,
          "Practice "
              + practice.code
              + " has a membership from "
              + last.get().validFrom
              + "; it cannot close on or before that");
    }
    return Finding.holds(CLOSES_AFTER_LATEST);
  }

  /**
   * The latest membership, when it ended with the practice's previous close date (or was open while
   * the practice was): a change of close date moves its end too. Empty when it ended otherwise (the
   * practice had moved out) or there is none.
   */
  public Optional<Membership> endingWithClosure(LocalDate previousClose) {
    return latest().filter(last -> Objects.equals(last.validTo, previousClose));
  }

  /**
   * Ends {@code current} on {@code date} and returns the membership of {@code ccgCode} that begins
   * then and ends when {@code current} did: the practice is never in two CCGs, nor in none.
   */
  public static Membership moveOn(
      Membership current, String ccgCode, LocalDate date, MembershipOrigin origin) {
    Membership next = new Membership();
    next.practiceCode = current.practiceCode;
    next.ccgCode = ccgCode;
    next.validFrom = date;
    next.validTo = current.validTo;
    next.origin = origin;
    current.validTo = date;
    return next;
  }

  private static boolean sameMembership(Membership a, Membership b) {
    return a == b || (a.id != null && a.id.equals(b.id));
  }
}
