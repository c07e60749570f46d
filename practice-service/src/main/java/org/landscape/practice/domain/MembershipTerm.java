package org.landscape.practice.domain;

import java.time.LocalDate;

/** A membership's terms as a value: the CCG over {@code [validFrom, validTo)}, and its origin. */
public record MembershipTerm(
    String ccgCode, LocalDate validFrom, LocalDate validTo, MembershipOrigin origin) {

  public static MembershipTerm of(Membership membership) {
    return membership == null
        ? null
        : new MembershipTerm(
            membership.ccgCode, membership.validFrom, membership.validTo, membership.origin);
  }
}
