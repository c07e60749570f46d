package org.landscape.practice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.practice.domain.Assertion;
import org.landscape.practice.domain.Handover;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.MembershipFact;
import org.landscape.practice.domain.MembershipHistory;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.repository.MembershipFactRepository;
import org.landscape.practice.repository.MembershipRepository;
import org.landscape.practice.repository.SuccessionRepository;

/**
 * Derives a practice's memberships from its facts and the successions, and makes the stored
 * memberships say so: only what changed is written, each change with its event. Every write that
 * asserts, withdraws or hands over goes through here, so the stored history is always the derived
 * one.
 */
@ApplicationScoped
public class MembershipRecomputation {

  @Inject MembershipRepository memberships;
  @Inject MembershipFactRepository facts;
  @Inject SuccessionRepository successions;
  @Inject PracticeChanges changes;

  /** The history as recorded by the instant (null: now), derived afresh; nothing written. */
  public MembershipHistory historyOf(Practice practice, Instant knownAt) {
    return MembershipHistory.derive(
        practice.closeDate, assertions(facts.of(practice.code)), successions.handovers(), knownAt);
  }

  /** Derives the practice's history again and stores it. */
  public MembershipHistory recompute(Practice practice) {
    MembershipHistory history = historyOf(practice, null);
    store(practice.code, memberships.history(practice.code), history);
    return history;
  }

  /**
   * Derives and stores the history of each practice, from facts and memberships already loaded (an
   * import's way: no query per practice). Answers how many practices' memberships changed.
   */
  public int recompute(
      Collection<Practice> practices,
      Map<String, List<MembershipFact>> factsByPractice,
      Map<String, List<Membership>> storedByPractice) {
    List<Handover> handovers = successions.handovers();
    int changed = 0;
    for (Practice practice : practices) {
      MembershipHistory history =
          MembershipHistory.derive(
              practice.closeDate,
              assertions(factsByPractice.getOrDefault(practice.code, List.of())),
              handovers,
              null);
      if (store(practice.code, storedByPractice.getOrDefault(practice.code, List.of()), history)) {
        changed++;
      }
    }
    return changed;
  }

  /** Makes the stored memberships the history's periods; whether anything changed. */
  private boolean store(String practiceCode, List<Membership> stored, MembershipHistory history) {
    Map<String, Membership> byStart = new HashMap<>();
    stored.forEach(m -> byStart.put(key(m.ccgCode, m.validFrom), m));
    boolean changed = false;
    List<Membership> created = new ArrayList<>();
    for (MembershipHistory.Period period : history.periods()) {
      Membership same = byStart.remove(key(period.ccgCode(), period.validFrom()));
      if (same == null) {
        created.add(Membership.of(practiceCode, period));
      } else if (!same.sameTermsAs(period)) {
        same.takeTermsOf(period);
        changes.membership(same, ChangeType.UPDATED);
        changed = true;
      }
    }
    for (Membership gone : byStart.values()) {
      changes.membership(gone, ChangeType.DELETED);
      memberships.delete(gone);
      changed = true;
    }
    for (Membership next : created) {
      memberships.persist(next);
      changes.membership(next, ChangeType.CREATED);
      changed = true;
    }
    return changed;
  }

  private static List<Assertion> assertions(List<MembershipFact> facts) {
    return facts.stream().map(MembershipFact::assertion).toList();
  }

  private static String key(String ccgCode, LocalDate validFrom) {
    return ccgCode + "@" + validFrom;
  }
}
