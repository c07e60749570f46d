package org.landscape.practice.domain;

import java.time.LocalDate;

/**
 * Optional filters of a search of memberships; null means "any": the practice, the CCG, a day the
 * membership covers and a day it does not cover.
 */
public record MembershipFilter(
    String practiceCode, String ccgCode, LocalDate covering, LocalDate notCovering) {}
