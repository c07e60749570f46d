package org.landscape.practice.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.landscape.common.changefeed.ChangeFeed;
import org.landscape.common.changefeed.ChangeType;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.mapping.PracticeMapper;

/** The change events of practices and memberships, whoever makes the change. */
@ApplicationScoped
public class PracticeChanges {

  public static final String PRACTICE = "practice";
  public static final String MEMBERSHIP = "membership";

  @Inject ChangeFeed changeFeed;

  public void practice(Practice practice, ChangeType type) {
    changeFeed.record(PRACTICE, practice.code, type, PracticeMapper.toView(practice, null, null));
  }

  public void membership(Membership membership, ChangeType type) {
    changeFeed.record(
        MEMBERSHIP,
        membership.practiceCode,
        type,
        Map.of(
            "practiceCode",
            membership.practiceCode,
            "membership",
            PracticeMapper.toView(membership)));
  }
}
