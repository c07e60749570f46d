package org.landscape.practice.domain;

import java.time.LocalDate;

/**
 * What one ODS epraccur row asserts about a practice's membership, set against the register: the
 * row names the commissioner (the CCG) the practice joined on the join date, a member until it left
 * (the day after the left date) or the practice closed (the day after the close date), whichever is
 * first. The commissioner must be known and operational over that membership, or the practice is an
 * orphan (imported without a membership). A change of commissioner is a transfer on the join date,
 * which must come after the latest membership began; a closure ends the membership. History is
 * never overwritten, so re-reading a file changes nothing.
 */
public final class EpraccurMembershipRule {

  /** What the import does with the practice's membership. */
  public enum Action {
    /** The register already says what the row says. */
    KEEP,
    /** Same commissioner, and the row ends its open membership: end it on {@code until}. */
    CLOSE,
    /** The membership the row asserts cannot be; the practice has no new membership. */
    ORPHAN,
    /** A first membership (or one after a membership that already ended). */
    JOIN,
    /** End the latest membership on the join date and begin the asserted one then. */
    TRANSFER
  }

  /** The decision; {@code reason} only for an orphan. */
  public record Decision(Action action, String reason) {}

  private EpraccurMembershipRule() {}

  /**
   * The end of the membership a row asserts: the day after the practice left its commissioner, or
   * the day after it closed, whichever comes first (both already half-open ends); null while open.
   */
  public static LocalDate memberUntil(LocalDate leftOn, LocalDate closeDate) {
    if (leftOn != null && (closeDate == null || leftOn.isBefore(closeDate))) {
      return leftOn;
    }
    return closeDate;
  }

  /**
   * @param latest the practice's latest membership in the register, null when it has none
   * @param ccg what ccg-service says of the commissioner; null when it said nothing
   */
  public static Decision interpret(
      String commissioner,
      LocalDate joinDate,
      LocalDate memberUntil,
      Membership latest,
      CcgOperationalPeriod ccg) {
    if (latest != null && latest.ccgCode.equals(commissioner)) {
      boolean closes =
          memberUntil != null && latest.validTo == null && memberUntil.isAfter(latest.validFrom);
      return new Decision(closes ? Action.CLOSE : Action.KEEP, null);
    }
    if (ccg == null || !ccg.operationalFrom(joinDate, memberUntil)) {
      String why =
          ccg == null
              ? "CCG " + commissioner + " is unknown to ccg-service"
              : ccg.whyNotOperational(joinDate);
      return new Decision(Action.ORPHAN, why);
    }
    if (latest != null && !joinDate.isAfter(latest.validFrom)) {
      return new Decision(
          Action.ORPHAN,
          "joined "
              + commissioner
              + " on "
              + joinDate
              + ", not after its membership of "
              + latest.ccgCode
              + " began on "
              + latest.validFrom);
    }
    if (latest != null && (latest.validTo == null || latest.validTo.isAfter(joinDate))) {
      return new Decision(Action.TRANSFER, null);
    }
    return new Decision(Action.JOIN, null);
  }
}
