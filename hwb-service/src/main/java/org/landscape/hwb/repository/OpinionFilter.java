package org.landscape.hwb.repository;

import org.landscape.hwb.domain.OpinionVerdict;

/** The optional filters of a search of a board's opinions; null means "any". */
public record OpinionFilter(String financialYear, String ccgCode, OpinionVerdict verdict) {}
