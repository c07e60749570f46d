package org.landscape.practice.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.landscape.ccg.api.CcgFeedJob;
import org.landscape.common.changefeed.FeedFollower;
import org.landscape.practice.domain.CcgLifespan;
import org.landscape.practice.domain.Membership;

/**
 * Practices left in a CCG that is not operational, by this service's own record of CCG lifespans
 * (kept from ccg-service's feed): no call to ccg-service is needed to find them.
 */
@ApplicationScoped
public class MembershipFlags {

  @Schema(
      name = "FlaggedMembership",
      description = "An open practice whose CCG is not operational on the date")
  public record Flag(
      @Schema(example = "A83005") String practiceCode,
      @Schema(example = "00C") String ccgCode,
      @Schema(example = "2013-04-01") LocalDate memberSince,
      @Schema(example = "2020-04-01") LocalDate ccgClosedOn,
      @Schema(example = "CCG 00C closed on 2020-04-01 and the practice is still its member")
          String reason) {}

  @Schema(name = "MembershipFlags")
  public record Report(
      LocalDate asOf,
      @Schema(description = "The position reached in ccg-service's change feed", example = "1042")
          long followedUpTo,
      List<Flag> flags) {}

  @Inject EntityManager entityManager;
  @Inject FeedFollower follower;

  public Report on(LocalDate date) {
    List<Object[]> rows =
        entityManager
            .createQuery(
                "select m, l from Membership m, CcgLifespan l, Practice p"
                    + " where l.code = m.ccgCode and p.code = m.practiceCode"
                    + " and m.validFrom <= :date and (m.validTo is null or m.validTo > :date)"
                    + " and (p.openDate is null or p.openDate <= :date) and (p.closeDate is null or p.closeDate > :date)"
                    + " and ((l.closeDate is not null and l.closeDate <= :date) or l.openDate > :date)"
                    + " order by m.practiceCode",
                Object[].class)
            .setParameter("date", date)
            .getResultList();
    List<Flag> flags =
        rows.stream().map(row -> flag((Membership) row[0], (CcgLifespan) row[1], date)).toList();
    return new Report(date, follower.position(CcgFeedJob.FEED), flags);
  }

  private static Flag flag(Membership membership, CcgLifespan ccg, LocalDate date) {
    String reason =
        ccg.closeDate != null && !date.isBefore(ccg.closeDate)
            ? "CCG "
                + ccg.code
                + " closed on "
                + ccg.closeDate
                + " and the practice is still its member"
            : "CCG " + ccg.code + " does not open until " + ccg.openDate;
    return new Flag(membership.practiceCode, ccg.code, membership.validFrom, ccg.closeDate, reason);
  }
}
