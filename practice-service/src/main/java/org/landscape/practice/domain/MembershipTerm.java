package org.landscape.practice.domain;

import java.time.LocalDate;

/**
 * A membership's terms as a value: the CCG over {@code [validFrom, validTo)}, its origin and
 * source.
 */
public record MembershipTerm(
    String ccgCode,
    LocalDate validFrom,
    LocalDate validTo,
    MembershipOrigin origin,
    String source) {

  public static MembershipTerm of(MembershipHistory.Period period) {
    return period == null
        ? null
        : new MembershipTerm(
            period.ccgCode(),
            period.validFrom(),
            period.validTo(),
            period.origin(),
            period.source());
  }
}
