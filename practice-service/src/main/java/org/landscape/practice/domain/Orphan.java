package org.landscape.practice.domain;

/** A practice imported without a membership: its commissioner could not become its CCG, and why. */
public record Orphan(String practiceCode, String commissioner, String reason) {}
