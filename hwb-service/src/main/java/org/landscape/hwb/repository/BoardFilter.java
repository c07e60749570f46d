package org.landscape.hwb.repository;

import org.landscape.hwb.domain.BoardStage;

/** The optional filters of a board search; null means "any". */
public record BoardFilter(String nameContains, BoardStage stage) {}
