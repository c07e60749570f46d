package org.landscape.practice.domain;

/** Optional filters of a practice search; null means "any". */
public record PracticeFilter(
    String nameContains, String postcodePrefix, PracticeStatus status, String ccgCode) {}
