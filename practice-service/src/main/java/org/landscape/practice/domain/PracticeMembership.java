package org.landscape.practice.domain;

/** A practice and its membership on the date asked; the membership is null when it had none. */
public record PracticeMembership(Practice practice, Membership membership) {}
