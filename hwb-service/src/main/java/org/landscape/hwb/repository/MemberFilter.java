package org.landscape.hwb.repository;

import org.landscape.hwb.domain.MemberRole;

/** The optional filters of a search of a board's seats; null means "any". */
public record MemberFilter(MemberRole role, String ccgCode) {}
