package org.landscape.practice.mapping;

import java.time.LocalDate;
import java.util.List;
import org.landscape.practice.domain.Membership;
import org.landscape.practice.domain.Practice;
import org.landscape.practice.rest.PracticeViews;

public final class PracticeMapper {

  private PracticeMapper() {}

  public static PracticeViews.MembershipView toView(Membership membership) {
    return membership == null
        ? null
        : new PracticeViews.MembershipView(
            membership.ccgCode, membership.validFrom, membership.validTo, membership.origin);
  }

  public static PracticeViews.PracticeView toView(
      Practice practice, LocalDate asOf, Membership membership) {
    return new PracticeViews.PracticeView(
        practice.code,
        practice.name,
        List.of(practice.addressLines),
        practice.postcode,
        practice.telephone,
        practice.status,
        practice.openDate,
        practice.closeDate,
        practice.contractType,
        practice.listSize,
        asOf,
        toView(membership),
        practice.version);
  }

  public static PracticeViews.MemberPracticeView toMemberView(
      Practice practice, Membership membership) {
    return new PracticeViews.MemberPracticeView(
        practice.code,
        practice.name,
        practice.postcode,
        practice.status,
        membership.validFrom,
        membership.validTo);
  }
}
