package org.landscape.practice.domain;

/**
 * What a practice's transfer answered: the membership it ended and the one it began. Kept (as JSON)
 * with the request's idempotency key, so that a retry gets the same answer.
 */
public record TransferAnswer(String practiceCode, MembershipTerm ended, MembershipTerm started) {}
