package org.landscape.hwb.domain;

/** The optional filters of a search of a board's seats; null means "any". */
public record MemberFilter(MemberRole role, String ccgCode) {}
