package org.landscape.hwb.domain;

/**
 * One rule's verdict on a board's membership: the rule, the role (and CCG) it concerns, the
 * requirement and its source, whether it passed, and why.
 */
public record Finding(
    String rule,
    MemberRole role,
    String ccgCode,
    String ccgName,
    String requirement,
    String source,
    boolean passed,
    String reason) {}
