package org.landscape.hwb.domain;

/** The optional filters of a search of a board's opinions; null means "any". */
public record OpinionFilter(String financialYear, String ccgCode, OpinionVerdict verdict) {}
