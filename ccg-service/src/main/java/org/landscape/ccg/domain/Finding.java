package org.landscape.ccg.domain;

/**
 * One rule's verdict: the rule's code, what it requires, where the requirement comes from, whether
 * it is met, and why.
 */
public record Finding(
    String rule, String requirement, String source, boolean passed, String reason) {}
