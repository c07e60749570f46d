package org.landscape.hwb.domain;

/**
 * An ICB relevant to a board on a date: one of its sub-ICB locations covers part of the council.
 */
public record IcbCover(String code, String name) {}
