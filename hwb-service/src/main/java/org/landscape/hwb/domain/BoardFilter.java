package org.landscape.hwb.domain;

/** The optional filters of a board search; null means "any". */
public record BoardFilter(String nameContains, BoardStage stage) {}
