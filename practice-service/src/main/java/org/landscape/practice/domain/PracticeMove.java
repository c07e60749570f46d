package org.landscape.practice.domain;

/** A practice that moves (or moved) from a predecessor CCG to the successor of a handover. */
public record PracticeMove(String practiceCode, String fromCcgCode) {}
